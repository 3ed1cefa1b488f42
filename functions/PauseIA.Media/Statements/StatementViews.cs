using System.Text;
using PauseIA.Media.Identity;
using PauseIA.Media.Statements.Languages;

namespace PauseIA.Media.Statements;

/// <summary>Builds <see cref="StatementView"/>: the statement with its Markdown, versions and timeline.</summary>
public sealed class StatementViews(StatementStore store, StatementBlobs blobs, StatementTimeline timeline)
{
    /// <summary>The states from which a member may mail themself the real email (never to journalists).</summary>
    public static bool AllowsTestSend(StatementState state) =>
        state is StatementState.InReview or StatementState.ChangesRequested or StatementState.Approved or StatementState.SignedOff or StatementState.Scheduled;

    public async Task<StatementView> BuildAsync(StoredStatement stored, TeamMember member, CancellationToken cancellationToken = default)
    {
        var s = stored.Statement;
        var versions = store.ListVersionsAsync(s.Id, cancellationToken);
        var events = timeline.ListAsync(s.Id, cancellationToken);
        var markdown = await blobs.ReadAsync(StatementBlobs.VersionBlob(s.Id, s.Version), cancellationToken);
        var translations = new List<StatementTranslationView>();
        foreach (var t in s.Translations)
        {
            var text = await blobs.ReadAsync(StatementBlobs.TranslationBlob(s.Id, s.Version, t.Language), cancellationToken);
            translations.Add(new StatementTranslationView(t.Language, t.Title, t.TitleOverride, t.Hash, text is null ? "" : Encoding.UTF8.GetString(text)));
        }

        return new StatementView(
            s.Id,
            s.Kind,
            s.Inquiry,
            s.State,
            s.Version,
            s.ContentHash,
            stored.ETag.ToString(),
            s.Title,
            s.Language,
            s.Embargo,
            s.EmbargoMode,
            s.State == StatementState.Scheduled ? s.Embargo : null,
            s.Audience,
            s.Author,
            s.Authors,
            s.CreatedAt,
            s.UpdatedAt,
            s.SubmittedAt,
            s.SendStartedAt,
            s.SentAt,
            s.Approval,
            s.SignOff,
            s.ActionsFor(member),
            AllowsTestSend(s.State),
            markdown is null ? "" : Encoding.UTF8.GetString(markdown),
            s.Languages,
            translations,
            (await versions).Select(v => StatementVersionView.Of(v)).ToList(),
            await events);
    }
}
