namespace PauseIA.Media.Statements;

/// <summary>
/// A recipient in a frozen manifest: the contact's own <see cref="Language"/>, and the language of the
/// version they will receive (<see cref="Receives"/>: theirs when the statement has it, otherwise the
/// primary one). Manifests frozen before translations existed have no <see cref="Receives"/>: the primary.
/// </summary>
public sealed record StatementRecipient(string Email, string? Name, string? Language, string? Receives = null);
