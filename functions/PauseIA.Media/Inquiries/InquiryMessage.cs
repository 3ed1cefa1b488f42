using PauseIA.Media.Email;
using PauseIA.Media.Inquiries.Mail;

namespace PauseIA.Media.Inquiries;

/// <summary>One email of an inquiry's thread, received or sent. Message-IDs are without angle brackets.</summary>
public sealed record InquiryMessage
{
    public required string Id { get; init; }

    public required MessageDirection Direction { get; init; }

    public required InquiryMessageKind Kind { get; init; }

    public string? MessageId { get; init; }

    public required MailAddress From { get; init; }

    public IReadOnlyList<MailAddress> To { get; init; } = [];

    public IReadOnlyList<MailAddress> Cc { get; init; } = [];

    public string Subject { get; init; } = "";

    public required DateTimeOffset At { get; init; }

    public string Text { get; init; } = "";

    /// <summary>The HTML as received (sanitized when shown), or as we sent it.</summary>
    public string? Html { get; init; }

    public IReadOnlyList<InboundAttachment> Attachments { get; init; } = [];

    /// <summary>The archived Inbound Parse post this came from (the attachments' bytes are there).</summary>
    public string? ArchiveKey { get; init; }

    /// <summary>The team member who wrote it from the console.</summary>
    public string? Author { get; init; }

    public string? StatementId { get; init; }

    /// <summary>What could not be read faithfully (charsets, truncation).</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];
}
