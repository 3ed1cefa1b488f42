using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Email;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Identity;

namespace PauseIA.Media.Functions.Email;

/// <summary>The outbox: what would have been sent when no SendGrid key is configured.</summary>
public sealed class OutboxFunctions(OutboxStore outbox)
{
    [Function("OutboxList")]
    [RequireRoles(TeamRole.Admin)]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/outbox")] HttpRequest request)
    {
        var kind = request.QueryText("kind");
        var relatedId = request.QueryText("relatedId");
        return new OkObjectResult(await outbox.ListAsync(kind, relatedId, cancellationToken: request.HttpContext.RequestAborted));
    }

    [Function("OutboxItem")]
    [RequireRoles(TeamRole.Admin)]
    public async Task<IActionResult> Item(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/outbox/{*blob}")] HttpRequest request,
        string blob)
    {
        var content = await outbox.ReadBlobAsync(blob, request.HttpContext.RequestAborted);
        var type = blob.EndsWith(".eml", StringComparison.OrdinalIgnoreCase) ? "message/rfc822" : "application/json";
        return new ContentResult { Content = content, ContentType = $"{type}; charset=utf-8", StatusCode = 200 };
    }
}
