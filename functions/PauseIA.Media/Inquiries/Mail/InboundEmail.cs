using PauseIA.Media.Email;

namespace PauseIA.Media.Inquiries.Mail;

/// <summary>
/// One received email as the rest of the feature sees it, whichever way SendGrid posted it.
/// Message-IDs are without angle brackets. <see cref="Problems"/> says what could not be read
/// faithfully; the archived post keeps the original bytes.
/// </summary>
public sealed record InboundEmail
{
    /// <summary>The idempotency key, also the archived post's name.</summary>
    public required string Key { get; init; }

    public required DateTimeOffset ReceivedAt { get; init; }

    public string? MessageId { get; init; }

    /// <summary>The From address; null when it could not be read at all.</summary>
    public MailAddress? From { get; init; }

    /// <summary>The SMTP MAIL FROM (return path): "" for a null return path, null when SendGrid did not say.</summary>
    public string? EnvelopeFrom { get; init; }

    public IReadOnlyList<string> EnvelopeTo { get; init; } = [];

    public IReadOnlyList<MailAddress> To { get; init; } = [];

    public IReadOnlyList<MailAddress> Cc { get; init; } = [];

    public string Subject { get; init; } = "";

    /// <summary>The plain text; derived from the HTML for HTML-only mail.</summary>
    public string Text { get; init; } = "";

    public string? Html { get; init; }

    public DateTimeOffset? SentAt { get; init; }

    public string? InReplyTo { get; init; }

    public IReadOnlyList<string> References { get; init; } = [];

    public MailHeaders Headers { get; init; } = MailHeaders.Empty;

    public string ContentType { get; init; } = "text/plain";

    public IReadOnlyList<InboundAttachment> Attachments { get; init; } = [];

    public IReadOnlyList<DeliveryFailure> DeliveryFailures { get; init; } = [];

    public bool IsDeliveryReport { get; init; }

    /// <summary>For a delivery report, the Message-ID of the message it returns: what it says it answers.</summary>
    public string? ReturnedMessageId { get; init; }

    public string? Spf { get; init; }

    public string? Dkim { get; init; }

    public double? SpamScore { get; init; }

    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>Where an automatic answer goes (RFC 3834 §4): the return path, else From.</summary>
    public string? ReturnAddress => string.IsNullOrWhiteSpace(EnvelopeFrom) ? (EnvelopeFrom is null ? From?.Email : null) : EnvelopeFrom.Trim().ToLowerInvariant();

    /// <summary>Who the mail is from, for filing it: the From address, else the return path.</summary>
    public string SenderAddress => From?.Email ?? (string.IsNullOrWhiteSpace(EnvelopeFrom) ? "inconnu" : EnvelopeFrom.Trim().ToLowerInvariant());

    /// <summary>The Message-IDs this email answers, most specific first: In-Reply-To, then References newest first.</summary>
    public IEnumerable<string> ThreadCandidates() =>
        (InReplyTo is null ? [] : new[] { InReplyTo }).Concat(References.Reverse()).Distinct(StringComparer.OrdinalIgnoreCase);
}
