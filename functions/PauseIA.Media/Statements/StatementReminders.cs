using Microsoft.Extensions.Options;
using PauseIA.Media.Common;

namespace PauseIA.Media.Statements;

/// <summary>Reminds the director of a review waiting longer than <see cref="StatementsOptions.ReviewReminderAfter"/>, once per submission.</summary>
public sealed class StatementReminders(
    StatementStore store,
    StatementTimeline timeline,
    StatementNotifier notifier,
    IOptions<StatementsOptions> options,
    TimeProvider time)
{
    /// <summary>The statements whose director was reminded.</summary>
    public async Task<IReadOnlyList<string>> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var reminded = new List<string>();
        foreach (var statement in await store.ListAsync(StatementState.InReview, cancellationToken))
        {
            if (statement.RemindedSubmission >= statement.Submission || statement.SubmittedAt + options.Value.ReviewReminderAfter > now)
            {
                continue;
            }

            // Stored before the mail, under the ETag: two timers racing remind once.
            var stored = await store.FindAsync(statement.Id, cancellationToken);
            if (stored is null || stored.Statement.State != StatementState.InReview || stored.Statement.RemindedSubmission >= stored.Statement.Submission)
            {
                continue;
            }

            try
            {
                await store.UpdateAsync(stored, stored.Statement.Reminded(now), cancellationToken);
            }
            catch (DomainException ex) when (ex.Kind == DomainErrorKind.Conflict)
            {
                continue;
            }

            await timeline.AppendAsync(statement.Id, new StatementEvent(StatementEventKind.ReminderSent, StatementEvent.System, now)
            {
                Version = statement.Version,
                Detail = $"review waiting since {statement.SubmittedAt:u}",
            }, cancellationToken);
            await notifier.ReviewReminderAsync(stored.Statement, cancellationToken);
            reminded.Add(statement.Id);
        }

        return reminded;
    }
}
