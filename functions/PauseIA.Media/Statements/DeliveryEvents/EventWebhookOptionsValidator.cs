using Microsoft.Extensions.Options;
using SendGrid.Helpers.EventWebhook;

namespace PauseIA.Media.Statements.DeliveryEvents;

/// <summary>A configured key must be one SendGrid's validator can load, so that a typo stops the start rather than every event.</summary>
public sealed class EventWebhookOptionsValidator : IValidateOptions<EventWebhookOptions>
{
    public ValidateOptionsResult Validate(string? name, EventWebhookOptions options)
    {
        if (options.EventWebhookMaxAge <= TimeSpan.Zero || options.EventWebhookMaxAge > TimeSpan.FromHours(1))
        {
            return ValidateOptionsResult.Fail("SendGrid:EventWebhookMaxAge must be between 0 and 1 hour.");
        }

        if (string.IsNullOrWhiteSpace(options.EventWebhookPublicKey))
        {
            return ValidateOptionsResult.Success;
        }

        try
        {
            new RequestValidator().ConvertPublicKeyToECDSA(options.EventWebhookPublicKey);
            return ValidateOptionsResult.Success;
        }
        catch (Exception)
        {
            return ValidateOptionsResult.Fail("SendGrid:EventWebhookPublicKey is not an ECDSA public key (base64 DER or PEM, as SendGrid shows it).");
        }
    }
}
