namespace PauseIA.Media.Inquiries;

/// <summary>Everything needed to answer an inquiry in its thread (Message-IDs without angle brackets).</summary>
public sealed record InquiryReplyContext(
    string Reference,
    string JournalistEmail,
    string? JournalistName,
    string Language,
    string Subject,
    string? InReplyTo,
    IReadOnlyList<string> References);
