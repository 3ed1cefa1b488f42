namespace PauseIA.Media.Email;

/// <summary>What was sent: our Message-ID (without angle brackets), to thread later replies.</summary>
public sealed record SentMail(string MessageId);
