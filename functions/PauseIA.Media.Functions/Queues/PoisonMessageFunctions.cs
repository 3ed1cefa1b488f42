using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Identity;
using PauseIA.Media.Queues;

namespace PauseIA.Media.Functions.Queues;

/// <summary>The Admin's « Messages en échec » page: messages that failed every try, with why; requeue one once its cause is fixed, or discard it.</summary>
public sealed class PoisonMessageFunctions(PoisonMessages poison)
{
    [Function("FailedMessageList")]
    [RequireRoles(TeamRole.Admin)]
    public async Task<IActionResult> List([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/poison")] HttpRequest request) =>
        new OkObjectResult(await poison.ListAsync(request.HttpContext.RequestAborted));

    [Function("FailedMessageRequeue")]
    [RequireRoles(TeamRole.Admin)]
    public async Task<IActionResult> Requeue(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/poison/{queue}/{id}/requeue")] HttpRequest request, string queue, string id) =>
        new OkObjectResult(await poison.RequeueAsync(queue, id, request.Member(), request.HttpContext.RequestAborted));

    [Function("FailedMessageDiscard")]
    [RequireRoles(TeamRole.Admin)]
    public async Task<IActionResult> Discard(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "api/poison/{queue}/{id}")] HttpRequest request, string queue, string id) =>
        new OkObjectResult(await poison.DiscardAsync(queue, id, request.Member(), request.HttpContext.RequestAborted));
}
