using PauseIA.Media.Common;
using PauseIA.Media.Identity;

namespace PauseIA.Media.Statements;

/// <summary>Reads statements for the API: one, a list, a version.</summary>
public sealed class StatementQueries(StatementStore store, StatementContentLoader loader, StatementViews views)
{
    public async Task<StatementView> GetAsync(string id, TeamMember member, CancellationToken cancellationToken = default) =>
        await views.BuildAsync(await store.GetAsync(id, cancellationToken), member, cancellationToken);

    /// <summary>All statements, or those in <paramref name="state"/> (a state name such as <c>inReview</c>).</summary>
    public async Task<IReadOnlyList<StatementSummary>> ListAsync(string? state, CancellationToken cancellationToken = default)
    {
        var filter = EnumNames.Parse<StatementState>(state, $"État inconnu : {state}. / Unknown state.");
        return (await store.ListAsync(filter, cancellationToken)).Select(StatementSummary.Of).ToList();
    }

    /// <summary>A version in one of its languages (the primary text by default).</summary>
    public async Task<StatementVersionView> GetVersionAsync(string id, int number, string? language = null, CancellationToken cancellationToken = default)
    {
        var loaded = await loader.LoadAsync(id, number, cancellationToken);
        return StatementVersionView.Of(loaded.Version, loaded.Texts.In(language));
    }
}
