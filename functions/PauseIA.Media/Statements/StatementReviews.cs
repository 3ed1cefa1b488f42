using PauseIA.Media.Common;
using PauseIA.Media.Identity;
using PauseIA.Media.Statements.Consistency;

namespace PauseIA.Media.Statements;

/// <summary>Submission, review decisions, comments and withdrawal: each checked by <see cref="Statement"/>, stored under its ETag, put on the timeline.</summary>
public sealed class StatementReviews(
    StatementStore store,
    StatementContentLoader loader,
    StatementTimeline timeline,
    StatementViews views,
    StatementNotifier notifier,
    TimeProvider time)
{
    public async Task<StatementView> SubmitAsync(string id, TeamMember member, string? ifMatch, CancellationToken cancellationToken = default)
    {
        var current = (await store.GetAsync(id, cancellationToken)).Matching(ifMatch);
        var now = time.GetUtcNow();
        var stored = await store.UpdateAsync(current, current.Statement.Submit(now), cancellationToken);
        await timeline.AppendAsync(id, new StatementEvent(StatementEventKind.Submitted, member.Email, now) { Version = stored.Statement.Version }, cancellationToken);
        var texts = (await loader.LoadAsync(id, stored.Statement.Version, cancellationToken)).Texts;
        await notifier.ReviewRequestedAsync(stored.Statement, texts, cancellationToken);
        return await views.BuildAsync(stored, member, cancellationToken);
    }

    public async Task<StatementView> ReviewAsync(string id, ReviewRequest request, TeamMember reviewer, string? ifMatch, CancellationToken cancellationToken = default)
    {
        var decision = request.Decision ?? throw DomainException.BadRequest("Décision requise : approve ou requestChanges. / Decision required: approve or requestChanges.");
        var current = (await store.GetAsync(id, cancellationToken)).Matching(ifMatch);
        var now = time.GetUtcNow();
        current.Statement.Review(reviewer, decision, request.Comment, now); // role, four eyes and state, before any read
        if (request.Version is { } version && version != current.Statement.Version)
        {
            throw DomainException.Conflict(
                $"Vous avez relu la version {version}, la version actuelle est la {current.Statement.Version}. / You reviewed version {version}; the current version is {current.Statement.Version}.");
        }

        var consistency = decision == ReviewDecision.Approve ? await ConsistencyAsync(current.Statement, request.ConsistencyHash, cancellationToken) : null;
        var reviewed = current.Statement.Review(reviewer, decision, request.Comment, now, consistency);

        var stored = await store.UpdateAsync(current, reviewed, cancellationToken);
        var kind = decision == ReviewDecision.Approve ? StatementEventKind.Approved : StatementEventKind.ChangesRequested;
        await timeline.AppendAsync(id, new StatementEvent(kind, reviewer.Email, now)
        {
            Version = reviewed.Version,
            Text = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim(),
            Detail = consistency is null ? null : ApprovalDetail(reviewed, consistency),
        }, cancellationToken);
        await notifier.DecisionAsync(reviewed, reviewer, decision, request.Comment, cancellationToken);
        if (decision == ReviewDecision.Approve)
        {
            await notifier.SignOffRequestedAsync(reviewed, cancellationToken);
        }

        return await views.BuildAsync(stored, reviewer, cancellationToken);
    }

    /// <summary>
    /// The consistency report of the version being approved. When the director's console sent the hash
    /// of the report it showed, the approval holds only if that is still the report: what they accepted
    /// is what is recorded.
    /// </summary>
    private async Task<ConsistencyReport> ConsistencyAsync(Statement statement, string? seen, CancellationToken cancellationToken)
    {
        var loaded = await loader.LoadAsync(statement.Id, statement.Version, cancellationToken);
        var report = StatementConsistency.Report(loaded.Texts, statement.Version, loaded.ContentHash);
        if (seen is not null && !string.Equals(seen.Trim(), report.Hash, StringComparison.OrdinalIgnoreCase))
        {
            throw DomainException.Conflict(
                "Le contrôle de cohérence a changé depuis votre lecture ; rechargez-le. / The consistency check changed since you read it; reload it.");
        }

        return report;
    }

    private static string ApprovalDetail(Statement approved, ConsistencyReport consistency)
    {
        var detail = $"sha256:{approved.ContentHash}";
        if (consistency.Languages.Count == 1 && consistency.Divergences.Count == 0)
        {
            return detail;
        }

        var categories = consistency.Divergences.GroupBy(d => d.Category).Select(g => $"{g.Key.ToString().ToLowerInvariant()} {g.Count()}");
        return $"{detail}; languages {string.Join(", ", consistency.Languages)}; consistency sha256:{consistency.Hash}; "
            + $"divergences seen: {consistency.Divergences.Count}{(consistency.Divergences.Count == 0 ? "" : $" ({string.Join(", ", categories)})")}";
    }

    /// <summary>A comment on the statement, or on a line of one of its versions (the current one by default).</summary>
    public async Task<StatementView> CommentAsync(string id, CommentRequest request, TeamMember member, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(request.Text))
        {
            throw DomainException.BadRequest("Le commentaire est vide. / The comment is empty.");
        }

        Statement.CheckComment(request.Text, required: true);
        var current = await store.GetAsync(id, cancellationToken);
        var version = request.Version ?? current.Statement.Version;
        if (version < 1 || version > current.Statement.Version)
        {
            throw DomainException.BadRequest($"Version {version} inexistante (1 à {current.Statement.Version}). / No such version.");
        }

        string? language = null;
        if (request.Line is { } line)
        {
            var text = (await loader.LoadAsync(id, version, cancellationToken)).Texts.In(request.Language);
            var lines = Diffs.MarkdownDiffer.LineCount(text.Markdown);
            if (line < 1 || line > lines)
            {
                throw DomainException.BadRequest($"Ligne {line} hors du texte (1 à {lines}). / Line out of range.");
            }

            language = request.Language is null ? null : text.Language;
        }
        else if (request.Language is not null)
        {
            throw DomainException.BadRequest("La langue ne se donne qu'avec une ligne. / A language is given only with a line.");
        }

        await timeline.AppendAsync(id, new StatementEvent(StatementEventKind.Commented, member.Email, time.GetUtcNow())
        {
            Version = version,
            Line = request.Line,
            Language = language,
            Text = request.Text.Trim(),
        }, cancellationToken);
        return await views.BuildAsync(current, member, cancellationToken);
    }

    public async Task<StatementView> WithdrawAsync(string id, WithdrawRequest request, TeamMember member, string? ifMatch, CancellationToken cancellationToken = default)
    {
        Statement.CheckComment(request.Reason, required: false);
        var current = (await store.GetAsync(id, cancellationToken)).Matching(ifMatch);
        var now = time.GetUtcNow();
        var stored = await store.UpdateAsync(current, current.Statement.Withdraw(member, now), cancellationToken);
        await timeline.AppendAsync(id, new StatementEvent(StatementEventKind.Withdrawn, member.Email, now)
        {
            Version = stored.Statement.Version,
            Text = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim(),
        }, cancellationToken);
        return await views.BuildAsync(stored, member, cancellationToken);
    }
}
