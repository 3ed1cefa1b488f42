using System.Globalization;
using Microsoft.Extensions.Options;
using SendGrid.Helpers.EventWebhook;

namespace PauseIA.Media.Statements.DeliveryEvents;

/// <summary>
/// Checks an Event Webhook post as SendGrid signs it: ECDSA P-256 over <c>timestamp + body</c>, with
/// SendGrid's own <see cref="RequestValidator"/>, and a timestamp within the replay window.
/// </summary>
public sealed class EventSignatureVerifier(IOptions<EventWebhookOptions> options, TimeProvider time)
{
    public const string SignatureHeader = RequestValidator.SIGNATURE_HEADER;

    public const string TimestampHeader = RequestValidator.TIMESTAMP_HEADER;

    private readonly RequestValidator validator = new();

    /// <summary>Null when the post is authentic and fresh; otherwise why not.</summary>
    public string? Refusal(string body, string? signature, string? timestamp)
    {
        if (string.IsNullOrWhiteSpace(options.Value.EventWebhookPublicKey))
        {
            return "Webhook d'événements non configuré (SendGrid:EventWebhookPublicKey). / Event webhook not configured.";
        }

        if (string.IsNullOrWhiteSpace(signature) || string.IsNullOrWhiteSpace(timestamp))
        {
            return "Signature manquante. / Missing signature.";
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            || seconds > DateTimeOffset.MaxValue.ToUnixTimeSeconds()
            || (time.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > options.Value.EventWebhookMaxAge)
        {
            return "Horodatage invalide ou trop ancien (rejeu ?). / Invalid or stale timestamp (replay?).";
        }

        try
        {
            var key = validator.ConvertPublicKeyToECDSA(options.Value.EventWebhookPublicKey);
            if (validator.VerifySignature(key, body, signature, timestamp))
            {
                return null;
            }
        }
        catch (Exception)
        {
            // A third-party parser reading untrusted bytes: whatever it throws, the signature is not verified.
        }

        return "Signature invalide. / Invalid signature.";
    }
}
