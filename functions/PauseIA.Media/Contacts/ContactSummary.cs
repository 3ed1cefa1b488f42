namespace PauseIA.Media.Contacts;

/// <summary>The part of a contact that other features read; <see cref="PrivacyNoticeDue"/> until a mail carrying the privacy notice went to them.</summary>
public sealed record ContactSummary(
    string Email,
    string? FirstName,
    string? LastName,
    string? Outlet,
    string? MediaType,
    string? City,
    string? Language,
    string? Owner,
    bool OptedOut,
    bool HardBounced,
    bool Created,
    bool PrivacyNoticeDue = false)
{
    public string DisplayName => string.Join(' ', new[] { FirstName, LastName }.Where(n => !string.IsNullOrWhiteSpace(n))) is { Length: > 0 } name ? name : Email;
}
