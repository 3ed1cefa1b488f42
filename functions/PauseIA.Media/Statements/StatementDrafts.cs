using Microsoft.Extensions.Options;
using PauseIA.Media.Common;
using PauseIA.Media.Email;
using PauseIA.Media.Identity;
using PauseIA.Media.Statements.Languages;

namespace PauseIA.Media.Statements;

/// <summary>
/// Creates statements and saves new versions. Every input is checked before anything is written;
/// then the version's blobs (one per language) are written create-only and the statement moves to it
/// in one transaction.
/// </summary>
public sealed class StatementDrafts(
    StatementStore store,
    StatementBlobs blobs,
    StatementTimeline timeline,
    StatementAudiences audiences,
    StatementContentLoader loader,
    StatementViews views,
    IOptions<MailOptions> mail,
    TimeProvider time,
    IIdGenerator ids)
{
    public async Task<StatementView> CreateAsync(SaveStatementRequest request, TeamMember author, CancellationToken cancellationToken = default)
    {
        var prepared = await PrepareAsync(request, null, null, cancellationToken);
        var id = ids.NewId();
        var now = time.GetUtcNow();
        var statement = Statement.Create(id, prepared.Draft, author, now);
        await WriteTextsAsync(id, 1, prepared.Texts, cancellationToken);
        var stored = await store.InsertAsync(statement, prepared.ToVersion(1, author, now), cancellationToken);
        await timeline.AppendAsync(id, new StatementEvent(StatementEventKind.Created, author.Email, now) { Version = 1 }, cancellationToken);
        return await views.BuildAsync(stored, author, cancellationToken);
    }

    /// <summary>
    /// A new version, whatever changed in it (the primary text, a translation, a translation added or
    /// removed); <paramref name="ifMatch"/> is required so that concurrent edits cannot overwrite each other.
    /// </summary>
    public async Task<StatementView> ReviseAsync(string id, SaveStatementRequest request, string? ifMatch, TeamMember author, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            throw DomainException.BadRequest("En-tête If-Match requis (l'ETag lu). / If-Match header required (the ETag you read).");
        }

        var current = (await store.GetAsync(id, cancellationToken)).Matching(ifMatch);
        StatementWorkflow.Next(current.Statement.State, StatementAction.Revise).OrThrow();
        var currentVersion = await loader.LoadAsync(id, current.Statement.Version, cancellationToken);
        var prepared = await PrepareAsync(request, current.Statement, currentVersion, cancellationToken);
        var now = time.GetUtcNow();
        var revised = current.Statement.Revise(prepared.Draft, author, now);
        await WriteTextsAsync(id, revised.Version, prepared.Texts, cancellationToken);
        var stored = await store.ReviseAsync(current, revised, prepared.ToVersion(revised.Version, author, now), cancellationToken);

        await timeline.AppendAsync(id, new StatementEvent(StatementEventKind.Revised, author.Email, now)
        {
            Version = revised.Version,
            Detail = Changes(current.Statement, currentVersion.Texts, revised, prepared.Texts),
        }, cancellationToken);
        if (current.Statement.Approval is { } approval)
        {
            await timeline.AppendAsync(id, new StatementEvent(StatementEventKind.ApprovalVoided, author.Email, now)
            {
                Version = revised.Version,
                Detail = $"Approbation de la version {approval.Version} annulée par la version {revised.Version}. / Approval of version {approval.Version} voided by version {revised.Version}.",
            }, cancellationToken);
        }

        return await views.BuildAsync(stored, author, cancellationToken);
    }

    /// <summary>What a new version changed, for the timeline: the audience, and which languages.</summary>
    private static string? Changes(Statement before, VersionTexts beforeTexts, Statement after, VersionTexts afterTexts)
    {
        var changes = new List<string>();
        if (!before.Audience.SameAs(after.Audience))
        {
            changes.Add($"audience: {before.Audience.Canonical} → {after.Audience.Canonical}");
        }

        if (beforeTexts.Translations.Count + afterTexts.Translations.Count > 0)
        {
            var languages = beforeTexts.Languages.Union(afterTexts.Languages).Where(language =>
                beforeTexts.All.FirstOrDefault(v => v.Language == language)?.Hash != afterTexts.All.FirstOrDefault(v => v.Language == language)?.Hash);
            changes.Add($"languages: {string.Join(", ", languages.Select(language =>
                !beforeTexts.Languages.Contains(language) ? $"+{language}" : !afterTexts.Languages.Contains(language) ? $"−{language}" : language))}");
        }

        return changes.Count == 0 ? null : string.Join("; ", changes);
    }

    /// <summary>Each language's blob, create-only, before the row that refers to them.</summary>
    private async Task WriteTextsAsync(string id, int number, VersionTexts texts, CancellationToken cancellationToken)
    {
        await blobs.WriteVersionAsync(id, number, PreparedVersion.Bytes(texts.Primary), cancellationToken);
        foreach (var translation in texts.Translations)
        {
            await blobs.WriteUncommittedAsync(StatementBlobs.TranslationBlob(id, number, translation.Language), PreparedVersion.Bytes(translation), cancellationToken);
        }
    }

    private async Task<PreparedVersion> PrepareAsync(SaveStatementRequest request, Statement? existing, LoadedVersion? existingVersion, CancellationToken cancellationToken)
    {
        var texts = VersionTexts.FromRequest(request.Markdown, request.Title, request.Translations, existingVersion?.Texts);
        var document = texts.Primary.Document;
        var kind = request.Kind ?? existing?.Kind ?? throw DomainException.BadRequest(
            "Type requis : pressRelease, reaction ou inquiryAnswer. / Kind required: pressRelease, reaction or inquiryAnswer.");
        var inquiry = Inquiry(kind, request.Inquiry ?? (request.Kind is null ? existing?.Inquiry : null));

        var audience = (request.Audience
            ?? (document.Audience is { } segment ? StatementAudience.ForSegment(segment) : null)
            ?? (kind == StatementKind.InquiryAnswer && inquiry is not null ? StatementAudience.ForInquiry(inquiry) : existing?.Audience)
            ?? throw DomainException.BadRequest("Audience requise : segment, demande ou adresses. / Audience required: segment, inquiry or emails.")).Normalize();
        if ((kind == StatementKind.InquiryAnswer) != (audience.Inquiry is not null) || (audience.Inquiry is not null && audience.Inquiry != inquiry))
        {
            throw DomainException.BadRequest(
                "Une réponse à une demande va au journaliste de cette demande, et seulement elle. / An inquiry answer goes to its inquiry's journalist, and only an answer does.");
        }

        await audiences.ValidateAsync(audience, cancellationToken);
        var embargoMode = document.Embargo is null ? (EmbargoMode?)null : request.EmbargoMode ?? existing?.EmbargoMode ?? EmbargoMode.AtEmbargo;
        var hash = StatementContentHash.Compute(StatementContent.Of(texts.Primary, texts.Translations, embargoMode, audience, mail.Value));
        var draft = new StatementDraft(kind, inquiry, document.Title, document.Language, document.Embargo, embargoMode, audience, hash,
            texts.Translations.Select(t => t.ToTranslation()).ToList());
        return new PreparedVersion(texts, draft);
    }

    private static string? Inquiry(StatementKind kind, string? reference)
    {
        if (kind != StatementKind.InquiryAnswer)
        {
            return reference is null
                ? null
                : throw DomainException.BadRequest("Seule une réponse à une demande (inquiryAnswer) porte une référence. / Only an inquiryAnswer carries an inquiry reference.");
        }

        var normalized = reference?.Trim().ToUpperInvariant();
        return StatementAudience.IsInquiryReference(normalized)
            ? normalized
            : throw DomainException.BadRequest("Référence de demande requise (PIA-AAAA-NNNN). / Inquiry reference required (PIA-YYYY-NNNN).");
    }
}
