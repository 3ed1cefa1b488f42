using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Common;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Identity;
using PauseIA.Media.Inquiries.Api;

namespace PauseIA.Media.Functions.Inquiries;

/// <summary>Received mail that opened no thread (auto-replies, bounces, bulk, our own, suspicious), listed so that none is invisible, a page at a time (<c>X-Continuation</c>).</summary>
public sealed class InboundMailFunctions(InboundQueries queries)
{
    [Function("InboundList")]
    [RequireRoles(TeamRole.Spokesperson, TeamRole.CommsDirector, TeamRole.PressOfficer, TeamRole.Admin)]
    public async Task<IActionResult> List([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/inbound")] HttpRequest request)
    {
        var q = request.Query;
        var limit = q["limit"].FirstOrDefault() is { Length: > 0 } l
            ? int.TryParse(l, out var n) ? n : throw DomainException.BadRequest($"limit « {l} » n'est pas un nombre. / limit must be a number.")
            : InboundQueries.DefaultLimit;
        var (records, continuation) = await queries.ListAsync(q["kind"].FirstOrDefault(), limit, q["continuation"].FirstOrDefault() is { Length: > 0 } c ? c : null, request.HttpContext.RequestAborted);
        if (continuation is not null)
        {
            request.HttpContext.Response.Headers[InquiryQueryFunctions.ContinuationHeader] = continuation;
        }

        return new OkObjectResult(records);
    }

    [Function("InboundDetail")]
    [RequireRoles(TeamRole.Spokesperson, TeamRole.CommsDirector, TeamRole.PressOfficer, TeamRole.Admin)]
    public async Task<IActionResult> Detail([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/inbound/{key}")] HttpRequest request, string key) =>
        new OkObjectResult(await queries.GetAsync(key, request.HttpContext.RequestAborted));

    [Function("InboundAttachment")]
    [RequireRoles(TeamRole.Spokesperson, TeamRole.CommsDirector, TeamRole.PressOfficer, TeamRole.Admin)]
    public async Task<IActionResult> Attachment(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/inbound/{key}/attachments/{id}")] HttpRequest request, string key, string id) =>
        InquiryResults.Download(await queries.GetAttachmentAsync(key, id, request.HttpContext.RequestAborted));
}
