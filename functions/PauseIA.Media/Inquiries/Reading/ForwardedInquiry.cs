namespace PauseIA.Media.Inquiries.Reading;

// TEMP stand-in: the reading helper's real type replaces this file.
public sealed record ForwardedInquiry(string FromEmail, string? FromName, string Subject, string Body, DateTimeOffset? SentAt);
