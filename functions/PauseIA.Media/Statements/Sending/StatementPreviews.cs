using Microsoft.Extensions.Options;
using PauseIA.Media.Common;
using PauseIA.Media.Email;
using PauseIA.Media.Identity;
using PauseIA.Media.Statements.Languages;
using PauseIA.Media.Statements.Rendering;
using PauseIA.Media.Statements.Unsubscribing;

namespace PauseIA.Media.Statements.Sending;

/// <summary>Previews: a saved version exactly as it would be sent, and unsaved Markdown for the editor.</summary>
public sealed class StatementPreviews(
    StatementStore store,
    StatementContentLoader loader,
    StatementAudiences audiences,
    StatementMessageBuilder builder,
    StatementRenderer renderer,
    UnsubscribeTokens tokens,
    MailSender mail,
    IOptions<MailOptions> mailOptions,
    TimeProvider time)
{
    /// <summary>A saved version in one of its languages (the primary text by default), as <paramref name="member"/> would receive it.</summary>
    public async Task<StatementPreview> PreviewAsync(string id, TeamMember member, int? version, string? language = null, CancellationToken cancellationToken = default)
    {
        var statement = (await store.GetAsync(id, cancellationToken)).Statement;
        var content = await loader.LoadAsync(id, version ?? statement.Version, cancellationToken);
        var shown = content.Texts.In(language);
        var now = time.GetUtcNow();
        var showsLine = content.Version.EmbargoMode == EmbargoMode.BeforeWithLine && content.Document.Embargo > now;
        var thread = statement.Inquiry is { } reference ? await audiences.ReplyContextAsync(reference, cancellationToken) : null;
        var message = builder.Build(
            new StatementMessage(statement, content, showsLine, false, thread, Preview: true, Language: shown.Language),
            [new MessageRecipient(member.Email, member.DisplayName, mail.NewMessageId())]);

        // Read back as SendGrid would deliver it: substitutions applied, personalization headers over the message's.
        var payload = SendGridPayload.Parse(message.Serialize());
        var mime = payload.ToMimeMessages()[0];
        var sendsAt = content.Version.EmbargoMode == EmbargoMode.AtEmbargo && content.Document.Embargo > now ? content.Document.Embargo : null;
        return new StatementPreview(
            content.Version.Number,
            content.ContentHash,
            shown.Language,
            content.Texts.Languages,
            mime.Subject ?? "",
            mime.From.ToString(),
            mime.To.ToString(),
            mime.HtmlBody ?? "",
            mime.TextBody ?? "",
            // Date and the MIME framing are SendGrid's, not ours.
            mime.Headers.Where(h => !h.Field.StartsWith("Content-", StringComparison.OrdinalIgnoreCase) && h.Field is not ("MIME-Version" or "Date"))
                .Select(h => new PreviewHeader(h.Field, h.Value.Trim())).ToList(),
            message.CustomArgs.Concat(message.Personalizations[0].CustomArgs).ToDictionary(a => a.Key, a => a.Value),
            message.Categories,
            showsLine,
            sendsAt);
    }

    /// <summary>
    /// Unsaved texts rendered by the same renderer, for the editor: the primary text, or with
    /// <c>language</c> one of the translations (which takes its embargo from the primary text).
    /// Checked as a save would check them; nothing is stored or checked against an audience.
    /// </summary>
    public RenderedStatement RenderDraft(RenderDraftRequest request, TeamMember member)
    {
        var texts = VersionTexts.FromRequest(request.Markdown, request.Title, request.Translations, null);
        var document = texts.In(request.Language).Document;
        var showsLine = (request.EmbargoMode ?? EmbargoMode.AtEmbargo) == EmbargoMode.BeforeWithLine && document.Embargo > time.GetUtcNow();
        var sample = tokens.UrlFor(new UnsubscribeToken("preview", member.Email, Test: true, document.Language));
        return renderer.Render(new RenderRequest(document, sample, showsLine, mailOptions.Value.PrivacyNoticeUrlFor(document.Language)));
    }
}
