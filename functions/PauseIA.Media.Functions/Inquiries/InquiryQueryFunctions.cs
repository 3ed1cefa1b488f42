using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Common;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Inquiries;
using PauseIA.Media.Inquiries.Api;

namespace PauseIA.Media.Functions.Inquiries;

/// <summary>
/// The inquiries inbox: the list (sorted by deadline, one page at a time: the next page's token is in the
/// <c>X-Continuation</c> header), one inquiry with its thread, an attachment to download.
/// </summary>
public sealed class InquiryQueryFunctions(InquiryQueries queries)
{
    public const string ContinuationHeader = "X-Continuation";

    [Function("InquiryList")]
    [RequireRoles]
    public async Task<IActionResult> List([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/inquiries")] HttpRequest request)
    {
        var q = request.Query;
        var query = new InquiryQuery(
            Status: q["status"].FirstOrDefault() is { Length: > 0 } s ? Enum.TryParse<InquiryStatus>(s, true, out var status) && Enum.IsDefined(status) ? status : throw DomainException.BadRequest($"Statut « {s} » inconnu. / Unknown status.") : null,
            Assignee: q["assignee"].FirstOrDefault() is { Length: > 0 } a ? a : null,
            Mine: Flag(q["mine"]) == true,
            Urgent: Flag(q["urgent"]),
            Overdue: Flag(q["overdue"]) == true,
            Closed: Flag(q["closed"]),
            Limit: q["limit"].FirstOrDefault() is { Length: > 0 } l ? int.TryParse(l, out var limit) ? limit : throw DomainException.BadRequest($"limit « {l} » n'est pas un nombre. / limit must be a number.") : InquiryQuery.DefaultLimit,
            Continuation: q["continuation"].FirstOrDefault() is { Length: > 0 } c ? c : null);
        var page = await queries.ListAsync(request.Member(), query, request.HttpContext.RequestAborted);
        if (page.Continuation is not null)
        {
            request.HttpContext.Response.Headers[ContinuationHeader] = page.Continuation;
        }

        return new OkObjectResult(page.Items);
    }

    [Function("InquiryDetail")]
    [RequireRoles]
    public async Task<IActionResult> Detail([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/inquiries/{reference}")] HttpRequest request, string reference)
    {
        var view = await queries.GetAsync(request.Member(), reference, request.HttpContext.RequestAborted);
        request.HttpContext.Response.Headers.ETag = view.Version;
        return new OkObjectResult(view);
    }

    [Function("InquiryAttachment")]
    [RequireRoles]
    public async Task<IActionResult> Attachment(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/inquiries/{reference}/attachments/{id}")] HttpRequest request, string reference, string id)
    {
        var attachment = await queries.GetAttachmentAsync(request.Member(), reference, id, request.HttpContext.RequestAborted);
        return InquiryResults.Download(attachment);
    }

    private static bool? Flag(string? value) => value switch
    {
        null or "" => null,
        "true" or "1" => true,
        "false" or "0" => false,
        _ => throw DomainException.BadRequest($"« {value} » n'est pas true ou false. / Expected true or false."),
    };
}
