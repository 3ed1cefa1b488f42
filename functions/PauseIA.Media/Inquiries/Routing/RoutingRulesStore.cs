using System.Text.Json;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PauseIA.Media.Common;

namespace PauseIA.Media.Inquiries.Routing;

/// <summary>
/// The routing rules an Admin edits: one entity with its ETag (a concurrent edit loses with a 409),
/// plus an append-only history row per save in the same partition and transaction. Until the
/// first save, the rules come from configuration or the defaults. Read rules are cached for
/// <see cref="RoutingOptions.CacheDuration"/> so that processing an email costs no request for them.
/// </summary>
public sealed class RoutingRulesStore(
    [FromKeyedServices(RoutingRulesStore.Name)] TableClient table,
    IOptions<RoutingOptions> options,
    RoutingRulesValidator validator,
    TimeProvider time)
{
    public const string Name = "routingrules";

    private const string Partition = "routing";

    private const string CurrentRow = "current";

    private (RoutingRuleSet Set, DateTimeOffset ReadAt)? cached;

    public async Task<RoutingRuleSet> GetAsync(bool fresh = false, CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        if (!fresh && cached is { } hit && now - hit.ReadAt < options.Value.CacheDuration)
        {
            return hit.Set;
        }

        var response = await table.GetEntityIfExistsAsync<TableEntity>(Partition, CurrentRow, cancellationToken: cancellationToken);
        var set = response.HasValue && response.Value is { } entity
            ? new RoutingRuleSet(
                JsonSerializer.Deserialize<List<RoutingRule>>(entity.GetString("Rules") ?? "[]", JsonDefaults.Options) ?? [],
                "storage",
                entity.ETag.ToString(),
                entity.GetDateTimeOffset("UpdatedAt"),
                entity.GetString("UpdatedBy"))
            : Configured();
        cached = (set, now);
        return set;
    }

    /// <summary>
    /// Saves <paramref name="rules"/> over <paramref name="expectedVersion"/> (null: over the
    /// configured rules). Bad rules are a 400 listing every problem; a concurrent save a 409.
    /// </summary>
    public async Task<RoutingRuleSet> SaveAsync(IReadOnlyList<RoutingRule>? rules, string? expectedVersion, string actor, CancellationToken cancellationToken = default)
    {
        var problems = validator.Problems(rules);
        if (problems.Count > 0)
        {
            throw DomainException.BadRequest(string.Join(" ", problems));
        }

        var now = time.GetUtcNow();
        var json = JsonSerializer.Serialize(rules, JsonDefaults.Options);
        var current = new TableEntity(Partition, CurrentRow) { ["Rules"] = json, ["UpdatedAt"] = now, ["UpdatedBy"] = actor };
        var history = new TableEntity(Partition, $"history-{now.UtcTicks:D19}-{Guid.NewGuid():N}") { ["Rules"] = json, ["UpdatedAt"] = now, ["UpdatedBy"] = actor };
        TableTransactionAction[] actions =
        [
            string.IsNullOrEmpty(expectedVersion)
                ? new(TableTransactionActionType.Add, current)
                : new(TableTransactionActionType.UpdateReplace, current, new ETag(expectedVersion)),
            new(TableTransactionActionType.Add, history),
        ];
        try
        {
            await table.SubmitTransactionAsync(actions, cancellationToken);
        }
        catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412)
        {
            throw DomainException.Conflict("Les règles ont été modifiées entre-temps : rechargez-les avant d'enregistrer. / The rules changed meanwhile: reload them.");
        }

        cached = null;
        return await GetAsync(fresh: true, cancellationToken);
    }

    private RoutingRuleSet Configured() =>
        options.Value.Rules.Count > 0
            ? new RoutingRuleSet(options.Value.Rules, "configuration", null, null, null)
            : new RoutingRuleSet(DefaultRoutingRules.All, "defaults", null, null, null);
}
