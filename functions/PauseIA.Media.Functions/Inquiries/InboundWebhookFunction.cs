using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Inquiries.Inbound;

namespace PauseIA.Media.Functions.Inquiries;

/// <summary>SendGrid Inbound Parse posts every email to the press inbox here (parsed or raw mode).</summary>
public sealed class InboundWebhookFunction(InboundWebhook webhook, IOptions<InboundOptions> options)
{
    [Function("InboundWebhook")]
    [PublicEndpoint("SendGrid Inbound Parse cannot sign its posts: the shared secret in ?key= guards it.")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/inbound/sendgrid")] HttpRequest request)
    {
        if (!webhook.IsAuthorized(request.Query["key"]))
        {
            return ErrorResult.Create(StatusCodes.Status401Unauthorized, "Clé absente ou invalide. / Missing or invalid key.");
        }

        // Kestrel's default (about 28.6 MB) is below SendGrid's 30 MB: raise it for this request only.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = options.Value.MaxBodyBytes;
        }

        var receipt = await webhook.ReceiveAsync(request.Body, request.ContentType, request.ContentLength, request.HttpContext.RequestAborted);
        return new OkObjectResult(new { receipt.Key, receipt.Duplicate });
    }
}
