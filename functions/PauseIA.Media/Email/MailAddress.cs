namespace PauseIA.Media.Email;

/// <summary>An address with an optional display name.</summary>
public sealed record MailAddress(string Email, string? Name = null);
