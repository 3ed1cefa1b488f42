using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Statements.DeliveryEvents;

namespace PauseIA.Media.Functions.Statements;

/// <summary>SendGrid's signed Event Webhook: delivery statistics, bounces and opt-outs.</summary>
public sealed class SendGridEventsFunction(SendGridEventWebhook webhook)
{
    /// <summary>SendGrid posts events in batches well under this.</summary>
    private const int MaxBodyBytes = 10_000_000;

    [Function("SendGridEvents")]
    [PublicEndpoint("Called by SendGrid; authenticated by its ECDSA signature over the timestamp and body.")]
    public async Task<IActionResult> Receive([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/webhooks/sendgrid/events")] HttpRequest request)
    {
        // The signature covers the exact body: read it as it came, never re-serialized.
        var body = Encoding.UTF8.GetString(await request.ReadBytesAsync(MaxBodyBytes));
        var receipt = await webhook.ReceiveAsync(
            body,
            request.Headers[EventSignatureVerifier.SignatureHeader].FirstOrDefault(),
            request.Headers[EventSignatureVerifier.TimestampHeader].FirstOrDefault(),
            request.HttpContext.RequestAborted);
        return receipt.Refusal is { } refusal ? ErrorResult.Create(StatusCodes.Status401Unauthorized, refusal) : new OkObjectResult(receipt);
    }
}
