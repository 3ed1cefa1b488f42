using PauseIA.Media.Email;
using PauseIA.Media.Inquiries.Mail;

namespace PauseIA.Media.Inquiries.Processing;

/// <summary>
/// Finds what an email answers: first by In-Reply-To/References against every Message-ID we
/// received or sent (whichever feature sent it), then by a reference in the subject. Whether the
/// sender may join that thread is the caller's decision.
/// </summary>
public sealed class ThreadResolver(MessageIdIndex index)
{
    /// <summary>Bounds the lookups (one request each) for a long References chain of unknown ids.</summary>
    private const int MaxCandidates = 6;

    public async Task<ThreadMatch?> ResolveAsync(InboundEmail email, CancellationToken cancellationToken = default)
    {
        var candidates = email.ThreadCandidates().Take(MaxCandidates).ToList();
        if (candidates.Count > 0 && await index.FindFirstAsync(candidates, cancellationToken) is { } entry)
        {
            return entry.Kind == MessageIdOwner.Inquiry
                ? new ThreadMatch(entry.RelatedId, null, "In-Reply-To/References")
                : new ThreadMatch(null, entry.RelatedId, "In-Reply-To/References");
        }

        return InquiryReferences.FindIn(email.Subject) is { } reference ? new ThreadMatch(reference, null, "objet") : null;
    }
}
