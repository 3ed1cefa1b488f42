using Microsoft.Extensions.Options;
using PauseIA.Media.Inquiries.Classification;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Inquiries.Mail;

namespace PauseIA.Media.Inquiries.Processing;

/// <summary>
/// Gives a new inquiry its reference exactly once, and decides its acknowledgement exactly once:
/// one read of the sender's partition (this email's record, the last acknowledgement) and one
/// transaction that files the record with its reference and, if due, moves the acknowledgement
/// mark. A redelivered email finds its record and resumes with the same reference. The email is
/// filed under the address an acknowledgement would go to: the journalist of a forward, else the
/// return path, so that the window of one acknowledgement per sender is the journalist's.
/// </summary>
public sealed class InquiryClaims(InboundLog log, InquiryReferences references, InquiryTime zone, IOptions<InquiriesOptions> options, TimeProvider time)
{
    private const int MaxAttempts = 10;

    public async Task<InquiryClaim> ClaimAsync(InboundEmail email, InboundClassification classification, string sender, bool wantsAcknowledgement, string? statementId = null, CancellationToken cancellationToken = default)
    {
        string? reference = null;
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var state = await log.ReadAsync(sender, email.Key, statementId, cancellationToken);
            if (state.Existing is { Reference: { } claimed })
            {
                return new InquiryClaim(claimed, wantsAcknowledgement && state.LastAck?.Reference == claimed, Resumed: true);
            }

            if (state.StatementInquiry is { } earlier)
            {
                return new InquiryClaim(earlier, Acknowledge: false, Resumed: false, Joins: true);
            }

            var now = time.GetUtcNow();
            var acknowledge = wantsAcknowledgement && (state.LastAck is null || now - state.LastAck.At >= options.Value.AcknowledgementWindow);

            // Numbers are taken only once the email is known to be new, so redeliveries leave no gaps.
            reference ??= await references.NextAsync(zone.YearOf(email.ReceivedAt), cancellationToken);
            var record = InboundRecord.Of(email, classification) with { Sender = sender, Reference = reference };
            if (await log.TryClaimAsync(record, state.LastAck, acknowledge ? now : null, statementId, cancellationToken))
            {
                return new InquiryClaim(reference, acknowledge, Resumed: false);
            }
        }

        throw new InvalidOperationException($"Could not claim inbound {email.Key} after {MaxAttempts} attempts; the queue will retry.");
    }
}
