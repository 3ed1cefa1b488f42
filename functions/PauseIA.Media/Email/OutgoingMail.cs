namespace PauseIA.Media.Email;

/// <summary>
/// One message to one or more visible recipients. Threading headers and any extra header are
/// checked for CR/LF by <see cref="MailSender"/> before anything leaves.
/// </summary>
public sealed record OutgoingMail(
    MailKind Kind,
    string? RelatedId,
    IReadOnlyList<MailAddress> To,
    string Subject,
    string Text,
    string? Html = null)
{
    public IReadOnlyList<MailAddress> Cc { get; init; } = [];

    public MailAddress? ReplyTo { get; init; }

    /// <summary>The Message-ID this answers (without angle brackets), for <c>In-Reply-To</c>.</summary>
    public string? InReplyTo { get; init; }

    /// <summary>The thread's Message-IDs, oldest first (without angle brackets).</summary>
    public IReadOnlyList<string> References { get; init; } = [];

    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    public IReadOnlyList<string> Categories { get; init; } = [];
}
