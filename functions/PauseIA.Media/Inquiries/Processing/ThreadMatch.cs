namespace PauseIA.Media.Inquiries.Processing;

/// <summary>What an email answers: an inquiry (by reference) or a statement, and how we know.</summary>
public sealed record ThreadMatch(string? Reference, string? StatementId, string Via);
