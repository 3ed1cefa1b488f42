using PauseIA.Media.Common;
using PauseIA.Media.Email;
using PauseIA.Media.Identity;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Inquiries.Mail;

namespace PauseIA.Media.Inquiries.Api;

/// <summary>What the console reads: the inquiries a member may see, filtered and sorted by deadline, one inquiry with its thread, an attachment.</summary>
public sealed class InquiryQueries(InquiryStore store, InboundArchive archive, InquiryViews views, MailSends sends, TeamDirectory team, TimeProvider time)
{
    /// <summary>
    /// A page of the inquiries <paramref name="member"/> may see, soonest deadline first (those without one
    /// last), then the newest. It reads the lists that hold what the filters ask for (<see cref="InquiryKeys"/>),
    /// the most selective first, and filters the rest on the rows read, so a page costs the same whatever the history.
    /// </summary>
    public async Task<InquirySummaryPage> ListAsync(TeamMember member, InquiryQuery query, CancellationToken cancellationToken = default)
    {
        var assignee = query.Assignee is null ? null : team.Find(query.Assignee)?.Email
            ?? throw DomainException.BadRequest($"{query.Assignee} ne fait pas partie de l'équipe. / Not a team member.");
        var status = EnumNames.Parse<InquiryStatus>(query.Status, $"Statut « {query.Status} » inconnu. / Unknown status.");
        if (query.Limit is < 1 or > InquiryQuery.MaxLimit)
        {
            throw DomainException.BadRequest($"limit : de 1 à {InquiryQuery.MaxLimit}. / limit must be 1 to {InquiryQuery.MaxLimit}.");
        }

        var now = time.GetUtcNow();
        bool Keep(Inquiry inquiry) =>
            InquiryAccess.CanSee(member, inquiry)
            && (status is null || inquiry.Status == status)
            && (query.Closed is null || (inquiry.Status == InquiryStatus.Closed) == query.Closed)
            && (assignee is null || inquiry.Assignee == assignee)
            && (!query.Mine || inquiry.Involves(member.Email))
            && (query.Urgent is null || inquiry.Urgent == query.Urgent)
            && (!query.Overdue || inquiry.IsOverdue(now));
        var page = await store.PageAsync(Lists(member, query with { Status = null }, status, assignee), Keep, query.Limit, query.Continuation, query.Overdue ? now : null, cancellationToken);
        return new InquirySummaryPage(page.Items.Select(i => views.Summary(i, now)).ToList(), page.Continuation);
    }

    /// <summary>The lists that hold every inquiry the query can return, as few and as narrow as possible.</summary>
    private static List<string> Lists(TeamMember member, InquiryQuery query, InquiryStatus? status, string? assignee)
    {
        // An overdue inquiry awaits an answer, so it is open; a status is open or closed.
        bool[] halves = query.Overdue || (status is { } s && s != InquiryStatus.Closed) ? [false]
            : status == InquiryStatus.Closed ? [true]
            : query.Closed is { } closed ? [closed]
            : [false, true];
        List<string> lists;
        if (!InquiryAccess.SeesAll(member))
        {
            lists = [InquiryKeys.Involving(member.Email), .. member.Cities.Select(InquiryKeys.City)];
        }
        else if (assignee is not null)
        {
            lists = [InquiryKeys.Assignee(assignee)];
        }
        else if (query.Mine)
        {
            lists = [InquiryKeys.Involving(member.Email)];
        }
        else if (query.Overdue && status is null)
        {
            return [InquiryKeys.Status(InquiryStatus.New), InquiryKeys.Status(InquiryStatus.Assigned)];
        }
        else if (status is { } only)
        {
            return [InquiryKeys.Status(only)];
        }
        else if (query.Urgent == true)
        {
            lists = [InquiryKeys.Urgent];
        }
        else
        {
            lists = [InquiryKeys.Everyone];
        }

        return lists.SelectMany(list => halves.Select(closed => InquiryKeys.Half(list, closed))).ToList();
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
