namespace PauseIA.Media.Inquiries.Api;

/// <summary><c>POST …/close</c>, with an optional reason for the timeline.</summary>
public sealed record CloseInquiry(string? Reason = null);
