using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Inquiries.Api;

namespace PauseIA.Media.Functions.Inquiries;

/// <summary>The reply rendered as it would be sent, for the console's preview: sends and records nothing, so no If-Match.</summary>
public sealed class InquiryReplyPreviewFunction(InquiryReplyPreview previews)
{
    [Function("InquiryReplyPreview")]
    [RequireRoles]
    public async Task<IActionResult> Preview([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/inquiries/{reference}/reply/preview")] HttpRequest request, string reference) =>
        new OkObjectResult(await previews.PreviewAsync(request.Member(), reference, await request.ReadJsonAsync<ReplyToInquiry>(), request.HttpContext.RequestAborted));
}
