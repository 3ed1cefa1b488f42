using System.Text;
using Microsoft.Extensions.Options;
using PauseIA.Media.Email;
using PauseIA.Media.Identity;

namespace PauseIA.Media.Inquiries.Processing;

/// <summary>
/// Tells the team about an inquiry by email, each member in their language, with a link to it in
/// the console. Urgent ones say so first in the subject. Each is sent once and recorded
/// (<see cref="MailSends"/>); one that did not leave is noted by the caller but never undoes the inquiry.
/// </summary>
public sealed class InquiryNotifier(MailSender sender, MailSends sends, TeamDirectory team, IOptions<MailOptions> mail, InquiryTime time)
{
    private const int ExcerptChars = 2000;

    public string Link(string reference) => $"{mail.Value.PublicBaseUrl.TrimEnd('/')}/#/inquiries/{Uri.EscapeDataString(reference)}";

    /// <summary>
    /// What the inquiry's timeline says of a send that did not simply leave, or null when it left or
    /// waits for the queue's next try. Never "nothing was sent" when SendGrid may have it.
    /// </summary>
    public static string? Problem(MailSend send, string what) => send.State switch
    {
        MailSendState.Unknown => $"{what} : issue inconnue (pas de réponse de SendGrid), il est peut-être parti. À vérifier : renvoyer ou marquer comme envoyé. / Outcome unknown: it may have been sent; a person decides.",
        MailSendState.Refused => $"{what} a été refusé par SendGrid, rien n'est parti ({send.Error}). / Refused by SendGrid: nothing was sent.",
        _ => null,
    };

    /// <summary>
    /// A new inquiry, opened by the email <paramref name="emailKey"/>: the assignee and each watcher, each once whichever
    /// run of that email sends, except those <paramref name="recorded"/> by an earlier run. Returns what went wrong, for the timeline.
    /// </summary>
    public async Task<IReadOnlyList<string>> NotifyNewAsync(Inquiry inquiry, string excerpt, string emailKey, IReadOnlySet<string>? recorded = null, CancellationToken cancellationToken = default)
    {
        var recipients = new[] { inquiry.Assignee }.Concat(inquiry.Watchers).OfType<string>().Distinct(StringComparer.OrdinalIgnoreCase);
        var problems = new List<string>();
        foreach (var member in recipients.Select(team.Find).OfType<TeamMember>())
        {
            var key = MailSends.KeyOf(emailKey, MailKind.Notification, member.Email);
            if (recorded?.Contains(key) == true)
            {
                continue;
            }

            var assigned = member.Email == inquiry.Assignee;
            var subject = member.Language == "en"
                ? assigned ? $"New press inquiry {inquiry.Reference}: {Clean(inquiry.Subject)}" : $"FYI, press inquiry {inquiry.Reference}: {Clean(inquiry.Subject)}"
                : assigned ? $"Nouvelle demande presse {inquiry.Reference} : {Clean(inquiry.Subject)}" : $"Pour information, demande presse {inquiry.Reference} : {Clean(inquiry.Subject)}";
            var opening = member.Language == "en"
                ? assigned ? "This inquiry is assigned to you." : $"You are watching this inquiry, assigned to {Name(inquiry.Assignee)}."
                : assigned ? "Cette demande vous est attribuée." : $"Vous êtes en copie de cette demande, attribuée à {Name(inquiry.Assignee)}.";
            var send = await SendAsync(member, MailKind.Notification, inquiry, subject, Body(member.Language, inquiry, opening, excerpt), key, cancellationToken);
            if (Problem(send, $"La notification à {member.Email}") is { } problem)
            {
                problems.Add(problem);
            }
        }

        return problems;
    }

    /// <summary>
    /// The journalist wrote again in the thread (the email <paramref name="emailKey"/>): the assignee (or the spokesperson)
    /// is told, once whichever run of that email sends.
    /// </summary>
    public async Task NotifyJournalistReplyAsync(Inquiry inquiry, string excerpt, bool reopened, string emailKey, CancellationToken cancellationToken = default)
    {
        var member = team.Find(inquiry.Assignee) ?? team.First(TeamRole.Spokesperson);
        var subject = member.Language == "en"
            ? $"{(reopened ? "Reopened: " : "")}the journalist replied on {inquiry.Reference}: {Clean(inquiry.Subject)}"
            : $"{(reopened ? "Rouverte : " : "")}le·la journaliste a répondu sur {inquiry.Reference} : {Clean(inquiry.Subject)}";
        var opening = member.Language == "en"
            ? reopened ? "The journalist wrote again on a closed inquiry, which is open again." : "The journalist wrote again."
            : reopened ? "Le·la journaliste a écrit de nouveau sur une demande close, qui est rouverte." : "Le·la journaliste a écrit de nouveau.";
        await SendAsync(member, MailKind.Notification, inquiry, subject, Body(member.Language, inquiry, opening, excerpt), MailSends.KeyOf(emailKey, MailKind.Notification, member.Email), cancellationToken);
    }

    public async Task NotifyAssignedAsync(Inquiry inquiry, TeamMember by, CancellationToken cancellationToken = default)
    {
        if (team.Find(inquiry.Assignee) is not { } member || member.Email == by.Email)
        {
            return;
        }

        var subject = member.Language == "en"
            ? $"Press inquiry {inquiry.Reference} assigned to you: {Clean(inquiry.Subject)}"
            : $"Demande presse {inquiry.Reference} pour vous : {Clean(inquiry.Subject)}";
        var opening = member.Language == "en" ? $"{by.DisplayName} assigned this inquiry to you." : $"{by.DisplayName} vous a attribué cette demande.";
        await SendAsync(member, MailKind.Notification, inquiry, subject, Body(member.Language, inquiry, opening, ""), key: null, cancellationToken);
    }

    /// <summary>
    /// Half the time to the deadline has gone without an answer: the assignee is reminded and the spokesperson told, each
    /// once whichever run of the escalation marked at <see cref="Inquiry.EscalatedAt"/> sends, except those
    /// <paramref name="recorded"/> by an earlier run. Returns what went wrong, for the timeline.
    /// </summary>
    public async Task<IReadOnlyList<string>> EscalateAsync(Inquiry inquiry, IReadOnlySet<string>? recorded = null, CancellationToken cancellationToken = default)
    {
        // Each escalation its own work: the one after a journalist's follow-up reminds again.
        var work = $"{inquiry.Reference}.escalation.{(inquiry.EscalatedAt ?? throw new ArgumentException("The inquiry is not marked escalated.", nameof(inquiry))).ToUnixTimeSeconds()}";
        var spokesperson = team.First(TeamRole.Spokesperson);
        var reminders = new List<(TeamMember Member, string Subject, string Opening)>();
        if (team.Find(inquiry.Assignee) is { } assignee)
        {
            reminders.Add((assignee,
                assignee.Language == "en"
                    ? $"Reminder: {inquiry.Reference} is still unanswered: {Clean(inquiry.Subject)}"
                    : $"Rappel : {inquiry.Reference} attend toujours une réponse : {Clean(inquiry.Subject)}",
                assignee.Language == "en" ? "This inquiry assigned to you has not been answered yet." : "Cette demande qui vous est attribuée n'a pas encore reçu de réponse."));
        }

        if (spokesperson.Email != inquiry.Assignee)
        {
            reminders.Add((spokesperson,
                spokesperson.Language == "en"
                    ? $"Unanswered press inquiry {inquiry.Reference} ({Name(inquiry.Assignee)}): {Clean(inquiry.Subject)}"
                    : $"Demande presse sans réponse {inquiry.Reference} ({Name(inquiry.Assignee)}) : {Clean(inquiry.Subject)}",
                spokesperson.Language == "en"
                    ? $"Half the time to the deadline has passed without an answer. Assigned to {Name(inquiry.Assignee)}."
                    : $"La moitié du délai est écoulée sans réponse. Attribuée à {Name(inquiry.Assignee)}."));
        }

        var problems = new List<string>();
        foreach (var (member, subject, opening) in reminders)
        {
            var key = MailSends.KeyOf(work, MailKind.Reminder, member.Email);
            if (recorded?.Contains(key) == true)
            {
                continue;
            }

            var send = await SendAsync(member, MailKind.Reminder, inquiry, subject, Body(member.Language, inquiry, opening, ""), key, cancellationToken);
            if (Problem(send, $"Le rappel à {member.Email}") is { } problem)
            {
                problems.Add(problem);
            }
        }

        return problems;
    }

    private async Task<MailSend> SendAsync(TeamMember member, MailKind kind, Inquiry inquiry, string subject, string text, string? key, CancellationToken cancellationToken)
    {
        var urgent = inquiry.Urgent ? "[URGENT] " : "";
        return await sends.SendAsync(
            new OutgoingMail(kind, inquiry.Reference, [new MailAddress(member.Email, member.DisplayName)], MailHeaderText.Clean(urgent + subject), text)
            {
                Categories = [kind == MailKind.Reminder ? "reminder" : "notification"],
            },
            sender.NewMessageId(),
            key: key,
            cancellationToken: cancellationToken);
    }

    private string Body(string language, Inquiry inquiry, string opening, string excerpt)
    {
        var en = language == "en";
        var text = new StringBuilder().Append(opening).Append("\n\n");
        text.Append(en ? "From: " : "De : ").Append(Clean(inquiry.Journalist.Name is null ? inquiry.Journalist.Email : $"{inquiry.Journalist.Name} <{inquiry.Journalist.Email}>")).Append('\n');
        if (inquiry.Outlet is { } outlet)
        {
            text.Append(en ? "Outlet: " : "Média : ").Append(Clean(outlet.Name)).Append(outlet.MediaType is null ? "" : $" ({outlet.MediaType})").Append('\n');
        }

        if (inquiry.Deadline is { } deadline)
        {
            text.Append(en ? "Deadline: " : "Échéance : ").Append(time.Format(deadline.Utc, language))
                .Append(string.IsNullOrWhiteSpace(deadline.Phrase) ? "" : en ? $" — “{Clean(deadline.Phrase)}”" : $" — « {Clean(deadline.Phrase)} »").Append('\n');
        }

        if (inquiry.Urgent)
        {
            text.Append(en ? "Urgent: " : "Urgent : ").Append(inquiry.UrgencyReason ?? (en ? "yes" : "oui")).Append('\n');
        }

        text.Append(en ? "Routing: " : "Routage : ").Append(inquiry.RoutingReason).Append('\n');
        text.Append('\n').Append(en ? "Open it: " : "Ouvrir : ").Append(Link(inquiry.Reference)).Append('\n');
        if (excerpt.Length > 0)
        {
            text.Append("\n--- Message ---\n").Append(excerpt.Length > ExcerptChars ? excerpt[..ExcerptChars] + "…" : excerpt).Append('\n');
        }

        return text.ToString();
    }

    private string Name(string? email) => team.Find(email)?.DisplayName ?? email ?? "personne";

    private static string Clean(string value) => MailHeaderText.Clean(value);
}
