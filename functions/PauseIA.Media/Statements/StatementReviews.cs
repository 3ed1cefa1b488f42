using System.Text;
using PauseIA.Media.Common;
using PauseIA.Media.Identity;

namespace PauseIA.Media.Statements;

/// <summary>Submission, review decisions, comments and withdrawal: each checked by <see cref="Statement"/>, stored under its ETag, put on the timeline.</summary>
public sealed class StatementReviews(
    StatementStore store,
    StatementBlobs blobs,
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
        await notifier.ReviewRequestedAsync(stored.Statement, cancellationToken);
        return await views.BuildAsync(stored, member, cancellationToken);
    }

    public async Task<StatementView> ReviewAsync(string id, ReviewRequest request, TeamMember reviewer, string? ifMatch, CancellationToken cancellationToken = default)
    {
        var decision = request.Decision ?? throw DomainException.BadRequest("Décision requise : approve ou requestChanges. / Decision required: approve or requestChanges.");
        var current = (await store.GetAsync(id, cancellationToken)).Matching(ifMatch);
        var now = time.GetUtcNow();
        var reviewed = current.Statement.Review(reviewer, decision, request.Comment, now);
        if (request.Version is { } version && version != current.Statement.Version)
        {
            throw DomainException.Conflict(
                $"Vous avez relu la version {version}, la version actuelle est la {current.Statement.Version}. / You reviewed version {version}; the current version is {current.Statement.Version}.");
        }

        var stored = await store.UpdateAsync(current, reviewed, cancellationToken);
        var kind = decision == ReviewDecision.Approve ? StatementEventKind.Approved : StatementEventKind.ChangesRequested;
        await timeline.AppendAsync(id, new StatementEvent(kind, reviewer.Email, now)
        {
            Version = reviewed.Version,
            Text = string.IsNullOrWhiteSpace(request.Comment) ? null : request.Comment.Trim(),
            Detail = decision == ReviewDecision.Approve ? $"sha256:{reviewed.ContentHash}" : null,
        }, cancellationToken);
        await notifier.DecisionAsync(reviewed, reviewer, decision, request.Comment, cancellationToken);
        if (decision == ReviewDecision.Approve)
        {
            await notifier.SignOffRequestedAsync(reviewed, cancellationToken);
        }

        return await views.BuildAsync(stored, reviewer, cancellationToken);
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

        if (request.Line is { } line)
        {
            var markdown = await blobs.ReadAsync(StatementBlobs.VersionBlob(id, version), cancellationToken) ?? [];
            var lines = Diffs.MarkdownDiffer.LineCount(Encoding.UTF8.GetString(markdown));
            if (line < 1 || line > lines)
            {
                throw DomainException.BadRequest($"Ligne {line} hors du texte (1 à {lines}). / Line out of range.");
            }
        }

        await timeline.AppendAsync(id, new StatementEvent(StatementEventKind.Commented, member.Email, time.GetUtcNow())
        {
            Version = version,
            Line = request.Line,
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
