using PauseIA.Media.Identity;

namespace PauseIA.Media.Inquiries.Api;

/// <summary>
/// Shows the team the reply exactly as <see cref="InquiryCommands.ReplyAsync"/> would send it,
/// without sending or recording anything. Checked like the reply itself, so the preview neither
/// accepts Markdown the send would refuse nor shows someone else's inquiry.
/// </summary>
public sealed class InquiryReplyPreview(InquiryStore store, InquiryReplyComposer composer)
{
    public async Task<ReplyPreviewView> PreviewAsync(TeamMember actor, string reference, ReplyToInquiry? command, CancellationToken cancellationToken = default)
    {
        InquiryReplyComposer.Validate(command);
        var thread = InquiryAccess.Check(actor, reference, await store.FindThreadAsync(InquiryQueries.Normalize(reference), cancellationToken), t => t.Inquiry);
        var (mail, _) = await composer.ComposeAsync(thread, command.Markdown, cancellationToken);
        return new ReplyPreviewView(mail.Subject, mail.Text, mail.Html ?? "");
    }
}
