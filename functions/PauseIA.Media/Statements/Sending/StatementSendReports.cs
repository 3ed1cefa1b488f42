using PauseIA.Media.Statements.DeliveryEvents;

namespace PauseIA.Media.Statements.Sending;

public sealed class StatementSendReports(StatementStore store, SendLedger ledger, StatementStatsStore stats)
{
    public async Task<StatementSendReport> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var statement = (await store.GetAsync(id, cancellationToken)).Statement;
        return new StatementSendReport(
            id,
            statement.State,
            await ledger.GetPlanAsync(id, cancellationToken),
            (await ledger.ListBatchesAsync(id, cancellationToken)).Select(b => b.Batch).ToList(),
            await ledger.ListSkippedAsync(id, cancellationToken),
            await stats.GetAsync(id, cancellationToken));
    }
}
