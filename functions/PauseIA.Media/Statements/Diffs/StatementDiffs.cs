using System.Text;
using PauseIA.Media.Common;
using PauseIA.Media.Identity;

namespace PauseIA.Media.Statements.Diffs;

/// <summary>The diff between two versions, or what changed since the signed-in reviewer's last review.</summary>
public sealed class StatementDiffs(StatementStore store, StatementBlobs blobs, StatementTimeline timeline)
{
    public const string SinceLastReview = "lastReview";

    /// <summary>
    /// From <paramref name="from"/> to <paramref name="to"/> (the current version by default); with
    /// <c>since=lastReview</c>, from the version <paramref name="member"/> last approved or sent back
    /// (0, the empty text, when they never reviewed it).
    /// </summary>
    public async Task<VersionDiff> DiffAsync(string id, int? from, int? to, string? since, TeamMember member, CancellationToken cancellationToken = default)
    {
        var statement = (await store.GetAsync(id, cancellationToken)).Statement;
        var target = to ?? statement.Version;
        int origin;
        if (since is not null)
        {
            if (since != SinceLastReview || from is not null)
            {
                throw DomainException.BadRequest("Utilisez soit from=, soit since=lastReview. / Use either from= or since=lastReview.");
            }

            var events = await timeline.ListAsync(id, cancellationToken);
            origin = events.LastOrDefault(e => e.Actor == member.Email && e.Kind is StatementEventKind.Approved or StatementEventKind.ChangesRequested)?.Version ?? 0;
        }
        else
        {
            origin = from ?? throw DomainException.BadRequest("Paramètre from requis (ou since=lastReview). / The from parameter is required (or since=lastReview).");
            CheckVersion(origin, statement.Version);
        }

        CheckVersion(target, statement.Version);
        var oldText = origin == 0 ? "" : await ReadAsync(id, origin, cancellationToken);
        return MarkdownDiffer.Diff(origin, target, oldText, await ReadAsync(id, target, cancellationToken));
    }

    private static void CheckVersion(int number, int last)
    {
        if (number < 1 || number > last)
        {
            throw DomainException.BadRequest($"Version {number} inexistante (1 à {last}). / No such version.");
        }
    }

    private async Task<string> ReadAsync(string id, int number, CancellationToken cancellationToken) =>
        Encoding.UTF8.GetString(await blobs.ReadAsync(StatementBlobs.VersionBlob(id, number), cancellationToken)
            ?? throw DomainException.Conflict($"Le texte de la version {number} a disparu du stockage. / Version {number} is missing from storage."));
}
