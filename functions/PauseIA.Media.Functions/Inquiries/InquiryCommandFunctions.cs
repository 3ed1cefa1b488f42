using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Inquiries.Api;

namespace PauseIA.Media.Functions.Inquiries;

/// <summary>Working an inquiry from the console. Each answers the inquiry as it now is; an If-Match that is no longer current gets a 409.</summary>
public sealed class InquiryCommandFunctions(InquiryCommands commands)
{
    [Function("InquiryAssign")]
    [RequireRoles]
    public async Task<IActionResult> Assign([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/inquiries/{reference}/assign")] HttpRequest request, string reference) =>
        new OkObjectResult(await commands.AssignAsync(request.Member(), reference, await request.ReadJsonAsync<AssignInquiry>(), request.IfMatch(), request.HttpContext.RequestAborted));

    [Function("InquiryReply")]
    [RequireRoles]
    public async Task<IActionResult> Reply([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/inquiries/{reference}/reply")] HttpRequest request, string reference) =>
        new OkObjectResult(await commands.ReplyAsync(request.Member(), reference, await request.ReadJsonAsync<ReplyToInquiry>(), request.IfMatch(), request.HttpContext.RequestAborted));

    [Function("InquiryNote")]
    [RequireRoles]
    public async Task<IActionResult> Note([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/inquiries/{reference}/notes")] HttpRequest request, string reference) =>
        new OkObjectResult(await commands.AddNoteAsync(request.Member(), reference, await request.ReadJsonAsync<AddInquiryNote>(), request.HttpContext.RequestAborted));

    [Function("InquiryClose")]
    [RequireRoles]
    public async Task<IActionResult> Close([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/inquiries/{reference}/close")] HttpRequest request, string reference) =>
        new OkObjectResult(await commands.CloseAsync(request.Member(), reference, await request.ReadJsonAsync(new CloseInquiry()), request.IfMatch(), request.HttpContext.RequestAborted));

    [Function("InquiryReopen")]
    [RequireRoles]
    public async Task<IActionResult> Reopen([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/inquiries/{reference}/reopen")] HttpRequest request, string reference) =>
        new OkObjectResult(await commands.ReopenAsync(request.Member(), reference, request.IfMatch(), request.HttpContext.RequestAborted));
}
