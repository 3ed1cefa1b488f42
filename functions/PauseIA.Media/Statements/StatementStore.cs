using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Common;

namespace PauseIA.Media.Statements;

/// <summary>
/// Statements and their versions in one table, partitioned by statement id, so that a new version
/// and the statement's move to it commit together in one transaction guarded by the statement's ETag.
/// </summary>
public sealed class StatementStore([FromKeyedServices(StatementStore.Name)] TableClient table)
{
    public const string Name = "statements";

    private static readonly string ChangedMeanwhile =
        "Le communiqué a changé entre-temps ; rechargez-le. / The statement changed meanwhile; reload it.";

    public async Task<StoredStatement?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        if (!IsKey(id))
        {
            return null;
        }

        var response = await table.GetEntityIfExistsAsync<TableEntity>(id, StatementEntities.MainRow, cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } entity ? new StoredStatement(StatementEntities.ToStatement(entity), entity.ETag) : null;
    }

    public async Task<StoredStatement> GetAsync(string id, CancellationToken cancellationToken = default) =>
        await FindAsync(id, cancellationToken) ?? throw DomainException.NotFound($"Communiqué introuvable : {id}. / Statement not found.");

    /// <summary>All statements, or those in one state, newest first.</summary>
    public async Task<IReadOnlyList<Statement>> ListAsync(StatementState? state = null, CancellationToken cancellationToken = default)
    {
        var filter = state is null
            ? TableClient.CreateQueryFilter($"RowKey eq {StatementEntities.MainRow}")
            : TableClient.CreateQueryFilter($"RowKey eq {StatementEntities.MainRow} and State eq {state.Value.ToString()}");
        var statements = new List<Statement>();
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            statements.Add(StatementEntities.ToStatement(entity));
        }

        return statements.OrderByDescending(s => s.UpdatedAt).ToList();
    }

    public async Task<StoredStatement> InsertAsync(Statement statement, StatementVersion first, CancellationToken cancellationToken = default)
    {
        var response = await SubmitAsync(
            [
                new TableTransactionAction(TableTransactionActionType.Add, StatementEntities.ToEntity(statement)),
                new TableTransactionAction(TableTransactionActionType.Add, StatementEntities.ToEntity(statement.Id, first)),
            ],
            cancellationToken);
        return new StoredStatement(statement, response);
    }

    /// <summary>Moves the statement to a new version and records the version, both or neither.</summary>
    public async Task<StoredStatement> ReviseAsync(StoredStatement current, Statement revised, StatementVersion version, CancellationToken cancellationToken = default)
    {
        var response = await SubmitAsync(
            [
                new TableTransactionAction(TableTransactionActionType.UpdateReplace, StatementEntities.ToEntity(revised), current.ETag),
                new TableTransactionAction(TableTransactionActionType.Add, StatementEntities.ToEntity(revised.Id, version)),
            ],
            cancellationToken);
        return new StoredStatement(revised, response);
    }

    /// <summary>Replaces the statement if nobody changed it since <paramref name="current"/> was read (409 otherwise).</summary>
    public async Task<StoredStatement> UpdateAsync(StoredStatement current, Statement changed, CancellationToken cancellationToken = default)
    {
        try
        {
            var response = await table.UpdateEntityAsync(StatementEntities.ToEntity(changed), current.ETag, TableUpdateMode.Replace, cancellationToken);
            return new StoredStatement(changed, response.Headers.ETag ?? default);
        }
        catch (RequestFailedException ex) when (ex.Status == 412)
        {
            throw DomainException.Conflict(ChangedMeanwhile);
        }
    }

    public async Task<StatementVersion?> FindVersionAsync(string id, int number, CancellationToken cancellationToken = default)
    {
        if (!IsKey(id) || number < 1)
        {
            return null;
        }

        var response = await table.GetEntityIfExistsAsync<TableEntity>(id, StatementEntities.VersionRow(number), cancellationToken: cancellationToken);
        return response.HasValue && response.Value is { } entity ? StatementEntities.ToVersion(entity) : null;
    }

    public async Task<IReadOnlyList<StatementVersion>> ListVersionsAsync(string id, CancellationToken cancellationToken = default)
    {
        var versions = new List<StatementVersion>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {id} and RowKey ge {"v"} and RowKey lt {"w"}");
        await foreach (var entity in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            versions.Add(StatementEntities.ToVersion(entity));
        }

        return versions;
    }

    /// <summary>Ids are ours (hex); anything else cannot be a key and is simply not found.</summary>
    public static bool IsKey(string? id) => id is { Length: > 0 and <= 64 } && id.All(char.IsAsciiLetterOrDigit);

    private async Task<ETag> SubmitAsync(IReadOnlyList<TableTransactionAction> actions, CancellationToken cancellationToken)
    {
        // Azure refuses a transaction across partitions (Azurite accepts it): one statement, one partition.
        if (actions.Select(a => a.Entity.PartitionKey).Distinct().Count() != 1)
        {
            throw new InvalidOperationException("A statement transaction must stay within the statement's partition.");
        }

        try
        {
            var response = await table.SubmitTransactionAsync(actions, cancellationToken);
            return response.Value[0].Headers.ETag ?? default;
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
        {
            throw DomainException.Conflict(ChangedMeanwhile);
        }
    }
}
