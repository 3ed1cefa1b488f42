using System.Buffers;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;
using SmtpServer;
using SmtpServer.Mail;
using SmtpServer.Net;
using SmtpServer.Protocol;
using SmtpServer.Storage;

namespace PauseIA.Media.LocalHost.Smtp;

/// <summary>
/// Receives each message of the SMTP listener and posts it to the inbound webhook as SendGrid
/// would, answering the SMTP client as SendGrid's retry rules imply: 2xx accepted, 4xx refused
/// for good (554), anything else a temporary failure (451) so that the client tries again.
/// </summary>
internal sealed class InboundParseForwarder(IServer server, IConfiguration configuration, IHttpClientFactory clients, ILogger<InboundParseForwarder> logger)
    : MessageStore
{
    /// <summary>The webhook's route (DESIGN.md), guarded by <c>Inbound:Secret</c> in the query.</summary>
    public const string WebhookPath = "/api/inbound/sendgrid";

    public const string SecretSetting = "Inbound:Secret";

    public override async Task<SmtpResponse> SaveAsync(ISessionContext context, IMessageTransaction transaction, ReadOnlySequence<byte> buffer, CancellationToken cancellationToken)
    {
        var sender = context.Properties.TryGetValue(EndpointListener.RemoteEndPointKey, out var remote) && remote is IPEndPoint ip ? ip.Address.ToString() : "127.0.0.1";
        try
        {
            using var form = InboundParseForm.Create(buffer.ToArray(), transaction.From.AsAddress(), transaction.To.Select(t => t.AsAddress()).ToList(), sender);
            using var response = await clients.CreateClient(nameof(InboundParseForwarder)).PostAsync(Target(), form, cancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return SmtpResponse.Ok;
            }

            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            logger.LogWarning("The inbound webhook answered {Status}: {Body}", (int)response.StatusCode, body);
            return (int)response.StatusCode is >= 400 and < 500
                ? new SmtpResponse(SmtpReplyCode.TransactionFailed, $"Refused by the webhook ({(int)response.StatusCode})")
                : new SmtpResponse(SmtpReplyCode.Aborted, $"Webhook failed ({(int)response.StatusCode}), try again later");
        }
        catch (HttpRequestException ex)
        {
            logger.LogWarning("Could not reach the inbound webhook: {Error}", ex.Message);
            return new SmtpResponse(SmtpReplyCode.Aborted, "Webhook unreachable, try again later");
        }
    }

    private Uri Target()
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault()
            ?? throw new InvalidOperationException("Kestrel has no address yet.");
        return new Uri($"{address.TrimEnd('/')}{WebhookPath}?key={Uri.EscapeDataString(configuration[SecretSetting] ?? "")}");
    }
}
