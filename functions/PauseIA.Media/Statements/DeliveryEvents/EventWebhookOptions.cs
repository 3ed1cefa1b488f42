namespace PauseIA.Media.Statements.DeliveryEvents;

/// <summary>SendGrid's signed Event Webhook (section <c>SendGrid</c>, beside the API key).</summary>
public sealed class EventWebhookOptions
{
    public const string Section = "SendGrid";

    /// <summary>
    /// The verification key from SendGrid's Mail Settings → Signed Event Webhook (base64 DER, or PEM).
    /// Without it every event post is refused: unsigned events could opt anyone out.
    /// </summary>
    public string? EventWebhookPublicKey { get; set; }

    /// <summary>How old (or how far in the future) a signed timestamp may be; older posts are replays.</summary>
    public TimeSpan EventWebhookMaxAge { get; set; } = TimeSpan.FromMinutes(10);
}
