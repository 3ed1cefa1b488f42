using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Statements.Unsubscribing;

namespace PauseIA.Media.Functions.Statements;

/// <summary>The unsubscribe link of every statement (RFC 8058): GET shows a confirmation, POST opts out at once.</summary>
public sealed class UnsubscribeFunctions(UnsubscribeService unsubscribe)
{
    [Function("UnsubscribeShow")]
    [PublicEndpoint("A journalist follows the link from our email; the signed token is the credential.")]
    public IActionResult Show([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/unsubscribe")] HttpRequest request) =>
        Page(unsubscribe.Show(request.QueryText("token")));

    [Function("UnsubscribeConfirm")]
    [PublicEndpoint("One-click unsubscribe from a mail client (RFC 8058) or the confirmation form; the signed token is the credential.")]
    public async Task<IActionResult> Confirm([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/unsubscribe")] HttpRequest request) =>
        Page(await unsubscribe.ConfirmAsync(request.QueryText("token"), request.HttpContext.RequestAborted));

    private static ContentResult Page(UnsubscribePage page) =>
        new() { Content = page.Html, ContentType = "text/html; charset=utf-8", StatusCode = page.Status };
}
