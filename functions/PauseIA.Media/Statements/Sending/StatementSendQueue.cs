using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;

namespace PauseIA.Media.Statements.Sending;

/// <summary>Puts a send on the <c>statement-send</c> queue, now or later (a wait, an embargo).</summary>
public sealed class StatementSendQueue([FromKeyedServices(StatementSendQueue.Name)] QueueClient queue)
{
    public const string Name = "statement-send";

    /// <summary>Azure Storage hides a message for at most 7 days; a later embargo is picked up by the scheduler timer.</summary>
    private static readonly TimeSpan MaxDelay = TimeSpan.FromDays(7) - TimeSpan.FromMinutes(1);

    public async Task EnqueueAsync(string statementId, TimeSpan delay = default, CancellationToken cancellationToken = default)
    {
        var visibility = delay <= TimeSpan.Zero ? (TimeSpan?)null : delay > MaxDelay ? MaxDelay : delay;
        await queue.SendMessageAsync(new StatementSendMessage(statementId).ToJson(), visibility, cancellationToken: cancellationToken);
    }
}
