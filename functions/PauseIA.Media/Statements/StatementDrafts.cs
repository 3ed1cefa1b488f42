using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using PauseIA.Media.Common;
using PauseIA.Media.Email;
using PauseIA.Media.Identity;
using PauseIA.Media.Statements.Rendering;

namespace PauseIA.Media.Statements;

/// <summary>
/// Creates statements and saves new versions. Every input is checked before anything is written;
/// then the version's blob is written create-only and the statement moves to it in one transaction.
/// </summary>
public sealed class StatementDrafts(
    StatementStore store,
    StatementBlobs blobs,
    StatementTimeline timeline,
    StatementAudiences audiences,
    StatementViews views,
    IOptions<MailOptions> mail,
    TimeProvider time,
    IIdGenerator ids)
{
    public const int MaxTitleLength = 250;

    public async Task<StatementView> CreateAsync(SaveStatementRequest request, TeamMember author, CancellationToken cancellationToken = default)
    {
        var prepared = await PrepareAsync(request, null, null, cancellationToken);
        var id = ids.NewId();
        var now = time.GetUtcNow();
        var statement = Statement.Create(id, prepared.Draft, author, now);
        await blobs.WriteVersionAsync(id, 1, prepared.Markdown, cancellationToken);
        var stored = await store.InsertAsync(statement, prepared.ToVersion(1, author, now), cancellationToken);
        await timeline.AppendAsync(id, new StatementEvent(StatementEventKind.Created, author.Email, now) { Version = 1 }, cancellationToken);
        return await views.BuildAsync(stored, author, cancellationToken);
    }

    /// <summary>A new version; <paramref name="ifMatch"/> is required so that concurrent edits cannot overwrite each other.</summary>
    public async Task<StatementView> ReviseAsync(string id, SaveStatementRequest request, string? ifMatch, TeamMember author, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(ifMatch))
        {
            throw DomainException.BadRequest("En-tête If-Match requis (l'ETag lu). / If-Match header required (the ETag you read).");
        }

        var current = (await store.GetAsync(id, cancellationToken)).Matching(ifMatch);
        StatementWorkflow.Next(current.Statement.State, StatementAction.Revise).OrThrow();
        var currentVersion = await store.FindVersionAsync(id, current.Statement.Version, cancellationToken);
        var prepared = await PrepareAsync(request, current.Statement, currentVersion, cancellationToken);
        var now = time.GetUtcNow();
        var revised = current.Statement.Revise(prepared.Draft, author, now);
        await blobs.WriteVersionAsync(id, revised.Version, prepared.Markdown, cancellationToken);
        var stored = await store.ReviseAsync(current, revised, prepared.ToVersion(revised.Version, author, now), cancellationToken);

        await timeline.AppendAsync(id, new StatementEvent(StatementEventKind.Revised, author.Email, now)
        {
            Version = revised.Version,
            Detail = current.Statement.Audience.SameAs(revised.Audience) ? null : $"audience: {current.Statement.Audience.Canonical} → {revised.Audience.Canonical}",
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

    private async Task<PreparedVersion> PrepareAsync(SaveStatementRequest request, Statement? existing, StatementVersion? existingVersion, CancellationToken cancellationToken)
    {
        var markdown = NormalizeMarkdown(request.Markdown);
        var bytes = Encoding.UTF8.GetBytes(markdown);

        // The one size limit is the renderer's, checked here by the same parse: a version that saves can be previewed and sent.
        var document = StatementDocument.Parse(markdown);
        var kind = request.Kind ?? existing?.Kind ?? throw DomainException.BadRequest(
            "Type requis : pressRelease, reaction ou inquiryAnswer. / Kind required: pressRelease, reaction or inquiryAnswer.");
        var inquiry = Inquiry(kind, request.Inquiry ?? (request.Kind is null ? existing?.Inquiry : null));
        var titleOverride = request.Title is null ? existingVersion?.TitleOverride : request.Title.Trim() is { Length: > 0 } t ? t : null;
        var title = CheckTitle(titleOverride ?? document.Title);

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
        var hash = StatementContentHash.Compute(StatementContent.Of(markdown, document, titleOverride, embargoMode, audience, mail.Value));
        var draft = new StatementDraft(kind, inquiry, title, document.Language, document.Embargo, embargoMode, audience, hash);
        return new PreparedVersion(bytes, Convert.ToHexStringLower(SHA256.HashData(bytes)), titleOverride, draft);
    }

    /// <summary>One byte sequence per text: no BOM, LF line endings; the hash covers exactly these bytes.</summary>
    private static string NormalizeMarkdown(string? markdown)
    {
        if (string.IsNullOrWhiteSpace(markdown))
        {
            throw DomainException.BadRequest("Le texte (markdown) est requis. / Markdown is required.");
        }

        if (markdown.Contains('\0', StringComparison.Ordinal))
        {
            throw DomainException.BadRequest("Le texte contient un caractère nul. / Markdown contains a NUL character.");
        }

        return markdown.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
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

    /// <summary>The title becomes the subject line: one line, no control characters.</summary>
    private static string? CheckTitle(string? title) => title switch
    {
        null => null,
        { Length: > MaxTitleLength } => throw DomainException.BadRequest($"Titre trop long (max {MaxTitleLength}). / Title too long."),
        _ when title.Any(char.IsControl) => throw DomainException.BadRequest("Le titre tient sur une ligne. / The title must be a single line."),
        _ => title,
    };
}
