using PauseIA.Media.Common;
using PauseIA.Media.Inquiries.Classification;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Inquiries.Mail;

namespace PauseIA.Media.Inquiries.Api;

/// <summary>The received mail that is not a thread of its own (auto-replies, bounces, bulk, our own, suspicious, unsubscribe requests), so that none of it is invisible.</summary>
public sealed class InboundQueries(InboundLog log, InboundArchive archive, InboundHtml html)
{
    private const int MaxListed = 500;

    public async Task<IReadOnlyList<InboundRecord>> ListAsync(string? kind, CancellationToken cancellationToken = default)
    {
        var parsed = EnumNames.Parse<InboundKind>(
            kind, $"Type « {kind} » inconnu (inquiry, autoReply, bounce, bulk, ownMail, suspicious, unsubscribe). / Unknown kind.");
        return await log.ListAsync(parsed, MaxListed, cancellationToken);
    }

    public async Task<InboundMailView> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        var record = await log.FindAsync(key, cancellationToken) ?? throw DomainException.NotFound("Message introuvable. / Inbound mail not found.");
        var post = await archive.ReadAsync(key, cancellationToken);
        if (post is null)
        {
            return new InboundMailView(record, "", null, [], [], Archived: false);
        }

        var email = InboundEmailReader.Read(await InboundFormReader.ReadAsync(post.Body, post.ContentType, cancellationToken), key, post.ReceivedAt);
        return new InboundMailView(
            record,
            email.Text,
            email.Html is null ? null : html.Sanitize(email.Html),
            email.Attachments.Select(a => InquiryViews.Attachment($"/api/inbound/{key}/attachments", key, a)).ToList(),
            email.Headers.Fields,
            Archived: true);
    }

    public async Task<AttachmentContent> GetAttachmentAsync(string key, string attachmentId, CancellationToken cancellationToken = default)
    {
        var split = attachmentId.LastIndexOf('-');
        if (split <= 0 || attachmentId[..split] != key || !int.TryParse(attachmentId[(split + 1)..], out var index))
        {
            throw DomainException.NotFound("Pièce jointe introuvable. / Attachment not found.");
        }

        _ = await log.FindAsync(key, cancellationToken) ?? throw DomainException.NotFound("Message introuvable. / Inbound mail not found.");
        return await InquiryQueries.ReadAttachmentAsync(archive, key, index, cancellationToken);
    }
}
