using Microsoft.Extensions.Options;
using PauseIA.Media.Common;
using PauseIA.Media.Identity;
using PauseIA.Media.Inquiries.Processing;

namespace PauseIA.Media.Inquiries;

/// <summary>
/// Escalates, once per inquiry, an inquiry nobody has answered when half the time to its deadline
/// has passed (or <see cref="InquiriesOptions.EscalationWithoutDeadline"/> after it arrived): the
/// assignee is reminded and the spokesperson told. The mark is saved before the mail leaves, so
/// two timers running at once cannot both send.
/// </summary>
public sealed class InquiryEscalation(InquiryStore store, InquiryNotifier notifier, TeamDirectory team, IOptions<InquiriesOptions> options, IIdGenerator ids, TimeProvider time)
{
    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var escalated = new List<string>();
        await foreach (var listed in store.ListAsync([InquiryStatus.New, InquiryStatus.Assigned], cancellationToken))
        {
            if (!IsDue(listed, now) || await store.FindAsync(listed.Reference, cancellationToken) is not { } inquiry || !IsDue(inquiry, now))
            {
                continue;
            }

            var spokesperson = team.First(TeamRole.Spokesperson);
            var text = inquiry.Deadline is null
                ? $"Sans réponse depuis {options.Value.EscalationWithoutDeadline.TotalHours:0.#} h : rappel à {Name(inquiry.Assignee)}, {spokesperson.DisplayName} prévenu·e."
                : $"La moitié du délai avant l'échéance est écoulée sans réponse : rappel à {Name(inquiry.Assignee)}, {spokesperson.DisplayName} prévenu·e.";
            var marked = inquiry with { EscalatedAt = now };
            if (await store.SaveAsync(marked, [], [new InquiryEvent(ids.NewId(), now, InquiryEventKind.Escalated, null, text)], cancellationToken) == SaveOutcome.Saved)
            {
                await notifier.EscalateAsync(marked, cancellationToken);
                escalated.Add(inquiry.Reference);
            }
        }

        return escalated;
    }

    private bool IsDue(Inquiry inquiry, DateTimeOffset now) =>
        inquiry.AwaitsAnswer && inquiry.EscalatedAt is null && now >= inquiry.EscalationDueAt(options.Value.EscalationWithoutDeadline);

    private string Name(string? email) => team.Find(email)?.DisplayName ?? "personne";
}
