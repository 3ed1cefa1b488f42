using Microsoft.Extensions.Options;
using PauseIA.Media.Common;
using PauseIA.Media.Email;
using PauseIA.Media.Identity;
using PauseIA.Media.Inquiries.Processing;

namespace PauseIA.Media.Inquiries;

/// <summary>
/// Escalates, once per inquiry, an inquiry nobody has answered when half the time to its deadline
/// has passed (or <see cref="InquiriesOptions.EscalationWithoutDeadline"/> after it arrived): the
/// assignee is reminded and the spokesperson told. The mark is saved over the version read, so that
/// of two timers running at once one escalates. The reminders are keyed by the escalation and their
/// recipient, each recorded before it leaves (<see cref="MailSends"/>): a run that died after the
/// mark (the host stopped, the send ledger failed) left some unrecorded, and a later run sends those,
/// and only those, for <see cref="ResumeFor"/> while the inquiry still awaits its answer.
/// </summary>
public sealed class InquiryEscalation(InquiryStore store, InquiryNotifier notifier, MailSends sends, TeamDirectory team, IOptions<InquiriesOptions> options, IIdGenerator ids, TimeProvider time)
{
    /// <summary>
    /// How long after its mark an escalation's unrecorded reminders are still sent: twelve runs of the five-minute
    /// timer, past a short storage outage; a reminder later than that would come too late to help. It bounds what a
    /// run costs beyond the list it reads: one query of the send ledger per inquiry escalated within it and still
    /// unanswered (a few at most), and a send only for a reminder no run recorded.
    /// </summary>
    public static readonly TimeSpan ResumeFor = TimeSpan.FromHours(1);

    /// <summary>Escalates what is due and resumes recent escalations; answers the inquiries escalated by this run.</summary>
    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var escalated = new List<string>();
        await foreach (var listed in store.ListAsync([InquiryStatus.New, InquiryStatus.Assigned], cancellationToken))
        {
            if (IsDue(listed, now))
            {
                if (await EscalateAsync(listed.Reference, now, cancellationToken))
                {
                    escalated.Add(listed.Reference);
                }
            }
            else if (listed.EscalatedAt is { } at && now - at < ResumeFor)
            {
                var recorded = (await sends.ForAsync(listed.Reference, cancellationToken)).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
                await NoteProblemsAsync(listed.Reference, await notifier.EscalateAsync(listed, recorded, cancellationToken), cancellationToken);
            }
        }

        return escalated;
    }

    private async Task<bool> EscalateAsync(string reference, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (await store.FindAsync(reference, cancellationToken) is not { } inquiry || !IsDue(inquiry, now))
        {
            return false;
        }

        var spokesperson = team.First(TeamRole.Spokesperson);
        var text = inquiry.Deadline is null
            ? $"Sans réponse depuis {options.Value.EscalationWithoutDeadline.TotalHours:0.#} h : rappel à {Name(inquiry.Assignee)}, {spokesperson.DisplayName} prévenu·e."
            : $"La moitié du délai avant l'échéance est écoulée sans réponse : rappel à {Name(inquiry.Assignee)}, {spokesperson.DisplayName} prévenu·e.";
        var marked = inquiry with { EscalatedAt = now };
        if (await store.SaveAsync(marked, [], [Event(now, InquiryEventKind.Escalated, text)], cancellationToken) != SaveOutcome.Saved)
        {
            return false;
        }

        await NoteProblemsAsync(reference, await notifier.EscalateAsync(marked, cancellationToken: cancellationToken), cancellationToken);
        return true;
    }

    private async Task NoteProblemsAsync(string reference, IReadOnlyList<string> problems, CancellationToken cancellationToken)
    {
        if (problems.Count > 0)
        {
            var now = time.GetUtcNow();
            await store.AppendAsync(reference, [], problems.Select((p, i) => Event(now.AddTicks(i + 1), InquiryEventKind.Problem, p)), cancellationToken);
        }
    }

    private InquiryEvent Event(DateTimeOffset at, InquiryEventKind kind, string text) => new(ids.NewId(), at, kind, null, text);

    private bool IsDue(Inquiry inquiry, DateTimeOffset now) =>
        inquiry.AwaitsAnswer && inquiry.EscalatedAt is null && now >= inquiry.EscalationDueAt(options.Value.EscalationWithoutDeadline);

    private string Name(string? email) => team.Find(email)?.DisplayName ?? "personne";
}
