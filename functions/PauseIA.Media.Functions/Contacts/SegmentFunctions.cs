using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Contacts;
using PauseIA.Media.Contacts.Segments;
using PauseIA.Media.Functions.Http;

namespace PauseIA.Media.Functions.Contacts;

/// <summary>Saved segments: named filters over the list (the press team's).</summary>
public sealed class SegmentFunctions(SegmentStore segments)
{
    [Function("SegmentList")]
    [PressOffice]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/contacts/segments")] HttpRequest request) =>
        new OkObjectResult(await segments.ListAsync(request.HttpContext.RequestAborted));

    [Function("SegmentCreate")]
    [PressOffice]
    public async Task<IActionResult> Create(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/contacts/segments")] HttpRequest request)
    {
        var segment = await segments.CreateAsync(request.Member(), await request.ReadJsonAsync<SegmentInput>(), request.HttpContext.RequestAborted);
        request.HttpContext.Response.Headers.Location = $"/api/contacts/segments/{segment.Id}";
        return request.WithETag(segment, segment.ETag, StatusCodes.Status201Created);
    }

    [Function("SegmentGet")]
    [PressOffice]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/contacts/segments/{id}")] HttpRequest request,
        string id)
    {
        var segment = await segments.GetAsync(id, request.HttpContext.RequestAborted);
        return request.WithETag(segment, segment.ETag);
    }

    [Function("SegmentReplace")]
    [PressOffice]
    public async Task<IActionResult> Replace(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/contacts/segments/{id}")] HttpRequest request,
        string id)
    {
        var input = await request.ReadJsonAsync<SegmentInput>();
        var segment = await segments.ReplaceAsync(request.Member(), id, input, ExpectedVersion.Require(request.IfMatch(), input.ETag), request.HttpContext.RequestAborted);
        return request.WithETag(segment, segment.ETag);
    }

    [Function("SegmentDelete")]
    [PressOffice]
    public async Task<IActionResult> Delete(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "api/contacts/segments/{id}")] HttpRequest request,
        string id)
    {
        await segments.DeleteAsync(request.Member(), id, ExpectedVersion.Require(request.IfMatch(), null), request.HttpContext.RequestAborted);
        return new NoContentResult();
    }
}
