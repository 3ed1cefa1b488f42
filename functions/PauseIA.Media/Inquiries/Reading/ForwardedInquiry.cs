namespace PauseIA.Media.Inquiries.Reading;

/// <summary>The journalist's message inside a forward: who wrote it, its subject, its text and when it was sent.</summary>
public sealed record ForwardedInquiry(string FromEmail, string? FromName, string Subject, string Body, DateTimeOffset? SentAt);
