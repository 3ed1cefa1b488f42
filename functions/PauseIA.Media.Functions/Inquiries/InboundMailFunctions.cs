using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Inquiries.Api;

namespace PauseIA.Media.Functions.Inquiries;

/// <summary>Received mail that opened no thread (auto-replies, bounces, bulk, our own, suspicious), listed so that none is invisible, a page at a time (<c>X-Continuation</c>).</summary>
public sealed class InboundMailFunctions(InboundQueries queries)
{
    [Function("InboundList")]
    [PressOffice]
    public async Task<IActionResult> List([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/inbound")] HttpRequest request)
    {
        var (records, continuation) = await queries.ListAsync(
            request.QueryText("kind"), request.QueryInt("limit") ?? InboundQueries.DefaultLimit, request.QueryText("continuation"), request.HttpContext.RequestAborted);
        if (continuation is not null)
        {
            request.HttpContext.Response.Headers[InquiryQueryFunctions.ContinuationHeader] = continuation;
        }

        return new OkObjectResult(records);
    }

    [Function("InboundDetail")]
    [PressOffice]
    public async Task<IActionResult> Detail([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/inbound/{key}")] HttpRequest request, string key) =>
        new OkObjectResult(await queries.GetAsync(key, request.HttpContext.RequestAborted));

    [Function("InboundAttachment")]
    [PressOffice]
    public async Task<IActionResult> Attachment(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/inbound/{key}/attachments/{id}")] HttpRequest request, string key, string id)
    {
        var attachment = await queries.GetAttachmentAsync(key, id, request.HttpContext.RequestAborted);
        return attachment.Content.AsDownload(attachment.FileName);
    }
}
