using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Functions.Http;
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
        var query = new InquiryQuery(
            Status: request.QueryText("status"),
            Assignee: request.QueryText("assignee"),
            Mine: request.QueryBool("mine") == true,
            Urgent: request.QueryBool("urgent"),
            Overdue: request.QueryBool("overdue") == true,
            Closed: request.QueryBool("closed"),
            Limit: request.QueryInt("limit") ?? InquiryQuery.DefaultLimit,
            Continuation: request.QueryText("continuation"));
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
        return request.WithETag(view, view.Version);
    }

    [Function("InquiryAttachment")]
    [RequireRoles]
    public async Task<IActionResult> Attachment(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/inquiries/{reference}/attachments/{id}")] HttpRequest request, string reference, string id)
    {
        var attachment = await queries.GetAttachmentAsync(request.Member(), reference, id, request.HttpContext.RequestAborted);
        return attachment.Content.AsDownload(attachment.FileName);
    }
}
