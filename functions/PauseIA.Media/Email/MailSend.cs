namespace PauseIA.Media.Email;

/// <summary>
/// One single mail (an acknowledgement, a reply, a notification…) and the outcome of its attempts.
/// <see cref="Interactive"/>: sent for a person who waits for the answer and is told a refusal at once.
/// </summary>
public sealed record MailSend
{
    public required string Id { get; init; }

    /// <summary>The inquiry or statement it is about; the ledger's partition.</summary>
    public required string RelatedId { get; init; }

    public required MailKind Kind { get; init; }

    public required IReadOnlyList<string> To { get; init; }

    public required string Subject { get; init; }

    public required string MessageId { get; init; }

    public MailSendState State { get; init; } = MailSendState.Sending;

    public bool Interactive { get; init; }

    public int Attempts { get; init; }

    public string? Error { get; init; }

    /// <summary>SendGrid's <c>X-Message-Id</c>, the proof that it accepted the request.</summary>
    public string? ProviderMessageId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When a deferred send is tried again.</summary>
    public DateTimeOffset? NotBefore { get; init; }

    /// <summary>The member who decided, or <c>sendgrid</c> when an event proved it was sent.</summary>
    public string? ResolvedBy { get; init; }

    /// <summary>The stored version (ETag).</summary>
    public string? Version { get; init; }

    /// <summary>
    /// A person must decide: the outcome is unknown, or SendGrid refused a mail nobody was there to be told of.
    /// A refused interactive send was answered as such to the person who sent it.
    /// </summary>
    public bool NeedsDecision => State == MailSendState.Unknown || (State == MailSendState.Refused && !Interactive);
}
