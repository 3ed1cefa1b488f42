namespace PauseIA.Media.Statements.Sending;

/// <summary>One batch of a send, as the ledger records it; its recipients were fixed in a blob when the send was planned.</summary>
public sealed record SendBatch(int Number, BatchState State, int Recipients, string RecipientsBlob)
{
    /// <summary>The language of the version every recipient of the batch receives; none in plans made before translations existed (the primary).</summary>
    public string? Language { get; init; }

    public int Attempts { get; init; }

    /// <summary>Not to be tried again before this time (a temporary refusal's wait).</summary>
    public DateTimeOffset? NotBefore { get; init; }

    /// <summary>While <see cref="BatchState.Sending"/>, the run that marked it owns it until then.</summary>
    public DateTimeOffset? LeaseUntil { get; init; }

    /// <summary>SendGrid's <c>X-Message-Id</c>: its receipt for the accepted request.</summary>
    public string? ProviderMessageId { get; init; }

    public int Sent { get; init; }

    public int Skipped { get; init; }

    public string? Error { get; init; }

    public DateTimeOffset? FinishedAt { get; init; }

    public bool IsFinal => State is BatchState.Sent or BatchState.Skipped or BatchState.Abandoned;

    public bool NeedsDecision => State is BatchState.Failed or BatchState.Unknown;
}
