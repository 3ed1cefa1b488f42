using PauseIA.Media.Common;
using PauseIA.Media.Email;
using PauseIA.Media.Identity;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Inquiries.Mail;

namespace PauseIA.Media.Inquiries.Api;

/// <summary>What the console reads: the inquiries a member may see, filtered and sorted by deadline, one inquiry with its thread, an attachment.</summary>
public sealed class InquiryQueries(InquiryStore store, InboundArchive archive, InquiryViews views, MailSends sends, TeamDirectory team, TimeProvider time)
{
    public async Task<IReadOnlyList<InquirySummaryView>> ListAsync(TeamMember member, InquiryQuery query, CancellationToken cancellationToken = default)
    {
        var assignee = query.Assignee is null ? null : team.Find(query.Assignee)?.Email
            ?? throw DomainException.BadRequest($"{query.Assignee} ne fait pas partie de l'équipe. / Not a team member.");
        var now = time.GetUtcNow();
        var inquiries = new List<Inquiry>();
        await foreach (var inquiry in store.ListAsync(query.Status is null ? null : [query.Status.Value], cancellationToken))
        {
            if (InquiryAccess.CanSee(member, inquiry)
                && (assignee is null || inquiry.Assignee == assignee)
                && (!query.Mine || inquiry.Involves(member.Email))
                && (query.Urgent is null || inquiry.Urgent == query.Urgent)
                && (!query.Overdue || inquiry.IsOverdue(now)))
            {
                inquiries.Add(inquiry);
            }
        }

        // Soonest deadline first, those without one last; then the newest.
        return inquiries
            .OrderBy(i => i.Deadline is null)
            .ThenBy(i => i.Deadline?.Utc)
            .ThenByDescending(i => i.ReceivedAt)
            .Select(i => views.Summary(i, now))
            .ToList();
    }

    public async Task<InquiryView> GetAsync(TeamMember member, string reference, CancellationToken cancellationToken = default)
    {
        var thread = InquiryAccess.Check(member, reference, await store.FindThreadAsync(Normalize(reference), cancellationToken), t => t.Inquiry);
        return views.Detail(thread, time.GetUtcNow(), await sends.ForAsync(thread.Inquiry.Reference, cancellationToken));
    }

    public async Task<AttachmentContent> GetAttachmentAsync(TeamMember member, string reference, string attachmentId, CancellationToken cancellationToken = default)
    {
        var thread = InquiryAccess.Check(member, reference, await store.FindThreadAsync(Normalize(reference), cancellationToken), t => t.Inquiry);
        var split = attachmentId.LastIndexOf('-');
        var message = split > 0 ? thread.Messages.FirstOrDefault(m => m.Id == attachmentId[..split]) : null;
        if (message?.ArchiveKey is null || !int.TryParse(attachmentId[(split + 1)..], out var index) || message.Attachments.All(a => a.Index != index))
        {
            throw DomainException.NotFound("Pièce jointe introuvable. / Attachment not found.");
        }

        return await ReadAttachmentAsync(archive, message.ArchiveKey, index, cancellationToken);
    }

    /// <summary>An attachment read back from the archived post it came in.</summary>
    public static async Task<AttachmentContent> ReadAttachmentAsync(InboundArchive archive, string key, int index, CancellationToken cancellationToken)
    {
        var post = await archive.ReadAsync(key, cancellationToken)
            ?? throw DomainException.NotFound("Pièce jointe supprimée (durée de conservation ou effacement). / Attachment no longer kept.");
        var form = await InboundFormReader.ReadAsync(post.Body, post.ContentType, cancellationToken);
        var (attachment, content) = InboundEmailReader.ReadAttachment(form, index)
            ?? throw DomainException.NotFound("Pièce jointe introuvable. / Attachment not found.");
        return new AttachmentContent(attachment.FileName, content);
    }

    /// <summary>References are upper case; a link typed in lower case still works.</summary>
    public static string Normalize(string reference) => reference.Trim().ToUpperInvariant();
}
