using System.ComponentModel.DataAnnotations;

namespace PauseIA.Media.Email;

/// <summary>
/// SendGrid's API (section <c>SendGrid</c>). Without an API key every message goes to the
/// outbox instead, so a fresh clone can never mail a journalist by accident.
/// </summary>
public sealed class SendGridOptions
{
    public const string Section = "SendGrid";

    public string? ApiKey { get; set; }

    /// <summary>The API's base address; tests point it at a WireMock.Net server.</summary>
    [Required, Url]
    public string BaseUrl { get; set; } = "https://api.sendgrid.com";

    /// <summary>
    /// How long a send waits for SendGrid's answer; past it, its outcome is unknown. Shorter than
    /// <see cref="MailSendLedger.Lease"/> (the bound) and than the statement batches' lease (checked at start),
    /// so that a live send still waiting is never declared dead.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:04:00")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(100);

    /// <summary>
    /// How long a single mail that SendGrid deferred (429 or 5xx without <c>Retry-After</c>) waits before the queue
    /// tries it again, doubled at each attempt (up to 15 minutes).
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:10:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(30);

    public bool UsesOutbox => string.IsNullOrWhiteSpace(ApiKey);
}
