using PauseIA.Media.Email;

namespace PauseIA.Media.Inquiries.Api;

/// <summary>A message of the thread as the console shows it; <see cref="Html"/> is sanitized (no script, no remote content).</summary>
public sealed record MessageView(
    string Id,
    MessageDirection Direction,
    InquiryMessageKind Kind,
    string? MessageId,
    MailAddress From,
    IReadOnlyList<MailAddress> To,
    IReadOnlyList<MailAddress> Cc,
    string Subject,
    DateTimeOffset At,
    string Text,
    string? Html,
    IReadOnlyList<AttachmentView> Attachments,
    string? Author,
    string? StatementId,
    IReadOnlyList<string> Problems);
