using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Contacts.Duplicates;
using PauseIA.Media.Functions.Http;

namespace PauseIA.Media.Functions.Contacts;

/// <summary>Likely duplicates, and merging two contacts into one (both timelines kept).</summary>
public sealed class ContactDuplicateFunctions(DuplicateFinder finder, ContactMerger merger)
{
    [Function("ContactDuplicates")]
    [PressOffice]
    public async Task<IActionResult> Find(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/contacts/duplicates")] HttpRequest request) =>
        new OkObjectResult(await finder.FindAsync(request.Member(), request.HttpContext.RequestAborted));

    [Function("ContactMerge")]
    [PressOffice]
    public async Task<IActionResult> Merge(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/contacts/merge")] HttpRequest request)
    {
        var body = await request.ReadJsonAsync<MergeRequest>();
        var kept = await merger.MergeAsync(request.Member(), body, request.HttpContext.RequestAborted);
        return request.WithETag(kept, kept.ETag);
    }
}
