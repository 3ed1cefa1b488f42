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

    public bool UsesOutbox => string.IsNullOrWhiteSpace(ApiKey);
}
