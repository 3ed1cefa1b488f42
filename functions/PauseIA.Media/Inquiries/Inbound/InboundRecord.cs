using PauseIA.Media.Inquiries.Classification;
using PauseIA.Media.Inquiries.Mail;

namespace PauseIA.Media.Inquiries.Inbound;

/// <summary>
/// What became of one received email: its kind and why, and the inquiry it opened or concerns.
/// Replies that joined a thread are in their inquiry instead. <see cref="Sender"/> files it.
/// </summary>
public sealed record InboundRecord
{
    public required string Key { get; init; }

    public required string Sender { get; init; }

    public required InboundKind Kind { get; init; }

    public required string Reason { get; init; }

    public string? FromEmail { get; init; }

    public string? FromName { get; init; }

    public string Subject { get; init; } = "";

    public required DateTimeOffset ReceivedAt { get; init; }

    public string? MessageId { get; init; }

    /// <summary>The inquiry this email opened.</summary>
    public string? Reference { get; init; }

    /// <summary>The inquiry an auto-reply or bounce concerns.</summary>
    public string? RelatedReference { get; init; }

    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>The record of <paramref name="email"/> as classified, filed under the address that gets any answer.</summary>
    public static InboundRecord Of(InboundEmail email, InboundClassification classification) => new()
    {
        Key = email.Key,
        Sender = email.ReturnAddress ?? email.SenderAddress,
        Kind = classification.Kind,
        Reason = classification.Reason,
        FromEmail = email.From?.Email,
        FromName = email.From?.Name,
        Subject = email.Subject,
        ReceivedAt = email.ReceivedAt,
        MessageId = email.MessageId,
        Problems = email.Problems,
    };
}
