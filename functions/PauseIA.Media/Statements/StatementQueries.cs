using System.Text;
using PauseIA.Media.Common;
using PauseIA.Media.Identity;

namespace PauseIA.Media.Statements;

/// <summary>Reads statements for the API: one, a list, a version.</summary>
public sealed class StatementQueries(StatementStore store, StatementBlobs blobs, StatementViews views)
{
    public async Task<StatementView> GetAsync(string id, TeamMember member, CancellationToken cancellationToken = default) =>
        await views.BuildAsync(await store.GetAsync(id, cancellationToken), member, cancellationToken);

    /// <summary>All statements, or those in <paramref name="state"/> (a state name such as <c>inReview</c>).</summary>
    public async Task<IReadOnlyList<StatementSummary>> ListAsync(string? state, CancellationToken cancellationToken = default)
    {
        var filter = EnumNames.Parse<StatementState>(state, $"État inconnu : {state}. / Unknown state.");
        return (await store.ListAsync(filter, cancellationToken)).Select(StatementSummary.Of).ToList();
    }

    public async Task<StatementVersionView> GetVersionAsync(string id, int number, CancellationToken cancellationToken = default)
    {
        var version = await store.FindVersionAsync(id, number, cancellationToken)
            ?? throw DomainException.NotFound($"Version {number} introuvable. / Version not found.");
        var markdown = await blobs.ReadAsync(StatementBlobs.VersionBlob(id, number), cancellationToken)
            ?? throw DomainException.NotFound($"Texte de la version {number} introuvable. / Version text not found.");
        return StatementVersionView.Of(version, Encoding.UTF8.GetString(markdown));
    }
}
