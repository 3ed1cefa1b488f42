using PauseIA.Media.Common;
using PauseIA.Media.Identity;
using PauseIA.Media.Statements.Languages;

namespace PauseIA.Media.Statements.Diffs;

/// <summary>The diff between two versions, or what changed since the signed-in reviewer's last review.</summary>
public sealed class StatementDiffs(StatementStore store, StatementContentLoader loader, StatementTimeline timeline)
{
    public const string SinceLastReview = "lastReview";

    /// <summary>
    /// From <paramref name="from"/> to <paramref name="to"/> (the current version by default); with
    /// <c>since=lastReview</c>, from the version <paramref name="member"/> last approved or sent back
    /// (0, the empty text, when they never reviewed it). One language is compared, the primary
    /// text's by default: a version without that language counts as the empty text.
    /// </summary>
    public async Task<VersionDiff> DiffAsync(string id, int? from, int? to, string? since, TeamMember member, string? language = null, CancellationToken cancellationToken = default)
    {
        var code = language is null ? null : StatementLanguages.Parse(language);
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
        var newVersion = await loader.LoadAsync(id, target, cancellationToken);
        var oldVersion = origin == 0 ? null : await loader.LoadAsync(id, origin, cancellationToken);
        code ??= newVersion.Texts.Primary.Language;
        if (!newVersion.Texts.Languages.Contains(code) && oldVersion?.Texts.Languages.Contains(code) != true)
        {
            throw DomainException.BadRequest(
                $"Ni la version {origin} ni la version {target} n'existent en « {code} ». / Neither version {origin} nor version {target} exists in \"{code}\".");
        }

        return MarkdownDiffer.Diff(origin, target, TextIn(oldVersion, code), TextIn(newVersion, code)) with { Language = code };
    }

    private static string TextIn(LoadedVersion? version, string language) =>
        version?.Texts.All.FirstOrDefault(v => v.Language == language)?.Markdown ?? "";

    private static void CheckVersion(int number, int last)
    {
        if (number < 1 || number > last)
        {
            throw DomainException.BadRequest($"Version {number} inexistante (1 à {last}). / No such version.");
        }
    }
}
