using PauseIA.Media.Common;
using PauseIA.Media.Inquiries.Classification;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Inquiries.Mail;

namespace PauseIA.Media.Inquiries.Api;

/// <summary>The received mail that is not a thread of its own (auto-replies, bounces, bulk, our own, suspicious, unsubscribe requests), so that none of it is invisible.</summary>
public sealed class InboundQueries(InboundLog log, InboundArchive archive, InboundHtml html)
{
    public const int DefaultLimit = 100;

    public const int MaxLimit = 500;

    /// <summary>
    /// A page of received mail, newest first: of one <paramref name="kind"/>, of all kinds but inquiries
    /// (<c>other</c>, what the console shows), or of all (none).
    /// </summary>
    public async Task<(IReadOnlyList<InboundRecord> Records, string? Continuation)> ListAsync(
        string? kind, int limit = DefaultLimit, string? continuation = null, CancellationToken cancellationToken = default)
    {
        if (limit is < 1 or > MaxLimit)
        {
            throw DomainException.BadRequest($"limit : de 1 à {MaxLimit}. / limit must be 1 to {MaxLimit}.");
        }

        string? list = null;
        if (string.Equals(kind, InboundLog.OtherList, StringComparison.OrdinalIgnoreCase))
        {
            list = InboundLog.OtherList;
        }
        else if (EnumNames.Parse<InboundKind>(kind, $"Type « {kind} » inconnu (inquiry, autoReply, bounce, bulk, ownMail, suspicious, unsubscribe, other). / Unknown kind.") is { } parsed)
        {
            list = InboundLog.KindList(parsed);
        }

        return await log.ListAsync(list, limit, continuation, cancellationToken);
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
