using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Contacts;
using PauseIA.Media.Contacts.Segments;
using PauseIA.Media.Functions.Http;

namespace PauseIA.Media.Functions.Contacts;

/// <summary>Who a segment (or a filter being edited) would reach, and who is left out and why.</summary>
public sealed class SegmentManifestFunctions(RecipientResolver resolver)
{
    [Function("SegmentManifest")]
    [PressOffice]
    public async Task<IActionResult> Manifest(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/contacts/segments/{id}/manifest")] HttpRequest request,
        string id) =>
        new OkObjectResult(await resolver.ResolveSegmentAsync(id, request.HttpContext.RequestAborted));

    [Function("SegmentPreview")]
    [PressOffice]
    public async Task<IActionResult> Preview(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/contacts/segments/preview")] HttpRequest request)
    {
        var filter = await request.ReadJsonAsync<ContactFilter>();
        return new OkObjectResult(await resolver.ResolveAsync(filter, request.HttpContext.RequestAborted));
    }
}
