using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Email;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Identity;
using PauseIA.Media.Queues;

namespace PauseIA.Media.Functions.Email;

/// <summary>
/// Single mails that did not simply leave: the list a person decides on (unknown outcomes, and
/// refusals nobody was told of), a decision on one (sent, resend, abandon), and the queue that
/// tries again what SendGrid deferred.
/// </summary>
public sealed class MailSendFunctions(MailSends sends, QueueFailureLog failures)
{
    [Function("MailSendList")]
    [RequireRoles(TeamRole.Admin, TeamRole.Spokesperson)]
    public async Task<IActionResult> ToDecide([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/mail/sends")] HttpRequest request) =>
        new OkObjectResult(await sends.NeedingDecisionAsync(request.HttpContext.RequestAborted));

    [Function("MailSendResolve")]
    [RequireRoles(TeamRole.Admin, TeamRole.Spokesperson)]
    public async Task<IActionResult> Resolve(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/mail/sends/{relatedId}/{id}/resolve")] HttpRequest request, string relatedId, string id) =>
        new OkObjectResult(await sends.ResolveAsync(request.Member(), relatedId, id, await request.ReadJsonAsync<MailSendResolutionRequest>(), request.HttpContext.RequestAborted));

    [Function("MailSendRetry")]
    public Task Retry([QueueTrigger(MailSendQueue.Name)] string message, long dequeueCount, CancellationToken cancellationToken) =>
        failures.RunAsync(MailSendQueue.Name, message, dequeueCount, () =>
        {
            var (relatedId, id) = MailSendQueue.Parse(message);
            return sends.RetryAsync(relatedId, id, cancellationToken);
        });
}
