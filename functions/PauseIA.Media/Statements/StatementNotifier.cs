using Azure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PauseIA.Media.Email;
using PauseIA.Media.Identity;
using PauseIA.Media.Markdown;
using PauseIA.Media.Statements.Languages;

namespace PauseIA.Media.Statements;

/// <summary>
/// Tells the team by email what waits for them, in each member's language. A notification is a
/// courtesy: the change it announces is already stored, so a failed notification is logged, not fatal
/// (the reminder timer catches a review that nobody was told about).
/// </summary>
public sealed class StatementNotifier(MailSender mail, MailSends sends, TeamDirectory team, MarkdownRenderer markdown, IOptions<MailOptions> options, ILogger<StatementNotifier> logger)
{
    /// <summary>The request carries the text to review in each reviewer's language when the statement has it (the English version for the director).</summary>
    public Task ReviewRequestedAsync(Statement s, VersionTexts texts, CancellationToken cancellationToken = default) =>
        SendAsync(s, team.WithRole(TeamRole.CommsDirector), MailKind.Notification,
            ("Relecture demandée", "Review requested"),
            ($"{s.Author} demande votre relecture de la version {s.Version}.", $"{s.Author} asks you to review version {s.Version}."),
            cancellationToken,
            texts);

    public Task ReviewReminderAsync(Statement s, CancellationToken cancellationToken = default) =>
        SendAsync(s, team.WithRole(TeamRole.CommsDirector), MailKind.Reminder,
            ("Rappel : relecture en attente", "Reminder: review waiting"),
            ($"La version {s.Version} attend votre relecture depuis le {s.SubmittedAt:u}.", $"Version {s.Version} has been waiting for your review since {s.SubmittedAt:u}."),
            cancellationToken);

    public Task DecisionAsync(Statement s, TeamMember reviewer, ReviewDecision decision, string? comment, CancellationToken cancellationToken = default)
    {
        var authors = s.Authors.Where(a => a != reviewer.Email).Select(team.Find).OfType<TeamMember>().ToList();
        var quoted = string.IsNullOrWhiteSpace(comment) ? "" : $"\n\n« {comment.Trim()} »";
        return decision == ReviewDecision.Approve
            ? SendAsync(s, authors, MailKind.Notification, ("Approuvé", "Approved"),
                ($"{reviewer.DisplayName} a approuvé la version {s.Version}.{quoted}", $"{reviewer.DisplayName} approved version {s.Version}.{quoted}"), cancellationToken)
            : SendAsync(s, authors, MailKind.Notification, ("Modifications demandées", "Changes requested"),
                ($"{reviewer.DisplayName} demande des modifications sur la version {s.Version}.{quoted}", $"{reviewer.DisplayName} requested changes on version {s.Version}.{quoted}"), cancellationToken);
    }

    public Task SignOffRequestedAsync(Statement s, CancellationToken cancellationToken = default) =>
        SendAsync(s, team.WithRole(TeamRole.Spokesperson), MailKind.Notification,
            ("À valider", "Sign-off needed"),
            ($"La version {s.Version} est approuvée par {s.Approval?.By} et attend votre validation.", $"Version {s.Version} was approved by {s.Approval?.By} and waits for your sign-off."),
            cancellationToken);

    /// <summary>The send ended, or stopped on something a person must decide (a batch failed or its outcome is unknown).</summary>
    public Task SendReportAsync(Statement s, string frenchReport, string englishReport, CancellationToken cancellationToken = default) =>
        SendAsync(s, team.WithRole(TeamRole.Spokesperson).Concat(s.Authors.Select(team.Find).OfType<TeamMember>()).DistinctBy(m => m.Email).ToList(),
            MailKind.Notification, ("Envoi", "Send"), (frenchReport, englishReport), cancellationToken);

    private async Task SendAsync(
        Statement s,
        IReadOnlyList<TeamMember> recipients,
        MailKind kind,
        (string French, string English) subject,
        (string French, string English) body,
        CancellationToken cancellationToken,
        VersionTexts? texts = null)
    {
        var link = $"{options.Value.PublicBaseUrl.TrimEnd('/')}/#/statements/{s.Id}";
        foreach (var member in recipients)
        {
            var english = member.Language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
            var version = texts?.In(StatementLanguages.For(member.Language, texts.Primary.Language, texts.Languages));
            var title = MailHeaderText.Clean(version?.Document.Title ?? s.Title ?? s.Id);
            var text = english
                ? $"{body.English}\n\nStatement: {title}\n{link}\n"
                : $"{body.French}\n\nCommuniqué : {title}\n{link}\n";
            if (version is not null)
            {
                text += $"\n{Rule(version.Language, english)}\n\n{markdown.ToPlainText(version.Document.Body, version.Language)}\n";
            }

            var message = new OutgoingMail(kind, s.Id, [new MailAddress(member.Email, member.DisplayName)],
                $"[{(english ? subject.English : subject.French)}] {title}", text);
            try
            {
                // Recorded with its outcome; a temporary refusal is tried again by the queue.
                await sends.SendAsync(message, mail.NewMessageId(), cancellationToken: cancellationToken);
            }
            catch (RequestFailedException ex)
            {
                logger.LogWarning(ex, "Could not notify {Member} about statement {Statement}", member.Email, s.Id);
            }
        }
    }

    private static string Rule(string language, bool english) => (language, english) switch
    {
        (StatementLanguages.English, true) => "---- English version ----",
        (StatementLanguages.English, false) => "---- Version anglaise ----",
        (_, true) => "---- French version ----",
        _ => "---- Version française ----",
    };
}
