using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Identity;
using PauseIA.Media.Statements.Sending;

namespace PauseIA.Media.Functions.Statements;

/// <summary>
/// Sending: the spokesperson's send (202, carried on by the queue), a test send to oneself
/// (<c>{ "test": true }</c>, any member, from review on), and a decision on a batch that needs one.
/// </summary>
public sealed class StatementSendFunctions(StatementSends sends, StatementTestSends tests)
{
    [Function("StatementSend")]
    [RequireRoles]
    public async Task<IActionResult> Send([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/statements/{id}/send")] HttpRequest request, string id)
    {
        var body = await request.ReadJsonAsync(new SendRequest());
        if (body.Test)
        {
            return new OkObjectResult(await tests.SendAsync(id, request.Member(), body.Language, request.HttpContext.RequestAborted));
        }

        var view = await sends.StartAsync(id, request.Member(), request.IfMatch(), request.HttpContext.RequestAborted);
        return request.WithETag(view, view.ETag, StatusCodes.Status202Accepted);
    }

    [Function("StatementResolveBatch")]
    [RequireRoles(TeamRole.Spokesperson)]
    public async Task<IActionResult> ResolveBatch(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/statements/{id}/batches/{number:int}/resolve")] HttpRequest request, string id, int number) =>
        new OkObjectResult(await sends.ResolveBatchAsync(id, number, await request.ReadJsonAsync<BatchResolutionRequest>(), request.Member(), request.HttpContext.RequestAborted));
}
