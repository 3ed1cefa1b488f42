using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Queues;
using PauseIA.Media.Statements;
using PauseIA.Media.Statements.Sending;

namespace PauseIA.Media.Functions.Statements;

/// <summary>The send queue, the scheduler's safety net and the review reminders.</summary>
public sealed class StatementBackgroundFunctions(
    StatementSendProcessor processor, StatementScheduler scheduler, StatementReminders reminders, QueueFailureLog failures)
{
    [Function("StatementSendQueue")]
    public Task Send([QueueTrigger(StatementSendQueue.Name)] string message, long dequeueCount, CancellationToken cancellationToken) =>
        failures.RunAsync(StatementSendQueue.Name, message, dequeueCount, () => processor.RunAsync(StatementSendMessage.Parse(message), cancellationToken));

    [Function("StatementScheduler")]
    public Task Schedule([TimerTrigger("0 */5 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        scheduler.RunAsync(cancellationToken);

    [Function("StatementReviewReminders")]
    public Task Remind([TimerTrigger("0 */15 * * * *")] TimerInfo timer, CancellationToken cancellationToken) =>
        reminders.RunAsync(cancellationToken);
}
