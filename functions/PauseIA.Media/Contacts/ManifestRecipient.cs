namespace PauseIA.Media.Contacts;

public sealed record ManifestRecipient(string Email, string? Name, string? Language);
