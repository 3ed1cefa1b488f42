namespace PauseIA.Media.Statements.Sending;

/// <summary>
/// One language version in the statement of record: its text exactly as approved, its own hash, and
/// how many recipients it was meant for and reached (each recipient's language is in the manifest).
/// </summary>
public sealed record RecordedLanguage(string Language, bool Primary, string? Title, string Hash, string Markdown, int Recipients, int Sent);
