using Microsoft.Extensions.Options;
using PauseIA.Media.Email;
using PauseIA.Media.Inquiries;
using PauseIA.Media.Statements.Rendering;
using PauseIA.Media.Statements.Unsubscribing;
using SendGrid.Helpers.Mail;

namespace PauseIA.Media.Statements.Sending;

/// <summary>
/// Builds the SendGrid v3 payload of a statement in one of its languages (subject, body, footer,
/// privacy notice and unsubscribe page all in that language): the body rendered once, and one personalization per
/// recipient with their own unsubscribe link (a substitution), one-click <c>List-Unsubscribe</c> headers
/// (RFC 8058), Message-ID and <c>custom_args</c>. The send, the test send and the preview all use it.
/// </summary>
public sealed class StatementMessageBuilder(StatementRenderer renderer, UnsubscribeTokens tokens, IOptions<MailOptions> mail)
{
    public const int MaxPersonalizations = 1000;

    /// <summary>Replaced in each recipient's copy by their own unsubscribe URL; letters, dots and dashes survive any encoding.</summary>
    public const string UnsubscribePlaceholder = "https://unsubscribe.invalid/-unsubscribe-url-";

    public const string StatementIdArgument = "statementId";

    public const string ContactArgument = "contact";

    public const string BatchArgument = "batch";

    public SendGridMessage Build(StatementMessage message, IReadOnlyList<MessageRecipient> recipients)
    {
        if (recipients.Count is 0 or > MaxPersonalizations)
        {
            throw new ArgumentException($"A statement email goes to 1 to {MaxPersonalizations} recipients.", nameof(recipients));
        }

        var statement = message.Statement;
        var version = message.Version;
        var rendered = renderer.Render(new RenderRequest(version.Document, UnsubscribePlaceholder, message.ShowEmbargoLine, mail.Value.PrivacyNoticeUrlFor(version.Language)));
        if (!rendered.Html.Contains(UnsubscribePlaceholder, StringComparison.Ordinal) || !rendered.Text.Contains(UnsubscribePlaceholder, StringComparison.Ordinal))
        {
            // Every statement carries a working unsubscribe link; one the renderer dropped would not be.
            throw new InvalidOperationException("The rendered statement lacks its unsubscribe link.");
        }

        var subject = MailHeaderText.Clean((message.Test ? "[TEST] " : "") + (message.Thread is { } thread ? ReplySubject(thread) : rendered.Subject));
        var result = new SendGridMessage
        {
            From = new EmailAddress(mail.Value.PressAddress, mail.Value.PressName),
            Subject = subject,
            PlainTextContent = rendered.Text,
            HtmlContent = rendered.Html,
            Categories = message.Test ? ["statement-test"] : ["statement", statement.Kind.ToString()],
            CustomArgs = new Dictionary<string, string>
            {
                [MailSender.KindArgument] = (message.Test ? MailKind.StatementTest : MailKind.Statement).ToString(),
                [MailSender.RelatedIdArgument] = statement.Id,
            },
            // Our own List-Unsubscribe is the only one: SendGrid's subscription tracking would add a second.
            TrackingSettings = new TrackingSettings { SubscriptionTracking = new SubscriptionTracking { Enable = false } },
            Personalizations = recipients.Select(r => Personalize(message, r)).ToList(),
        };
        return result;
    }

    private Personalization Personalize(StatementMessage message, MessageRecipient recipient)
    {
        var email = Checked(recipient.Email);
        var url = tokens.UrlFor(new UnsubscribeToken(message.Statement.Id, email, message.Test || message.Preview, message.Version.Language));
        var headers = new Dictionary<string, string>
        {
            ["Message-ID"] = $"<{Checked(recipient.MessageId)}>",
            ["List-Unsubscribe"] = $"<{url}>, <{UnsubscribeMailto.Uri(mail.Value.PressAddress)}>",
            ["List-Unsubscribe-Post"] = "List-Unsubscribe=One-Click",
        };
        if (message.Thread is { } thread)
        {
            if (thread.InReplyTo is { } inReplyTo)
            {
                headers["In-Reply-To"] = $"<{Checked(inReplyTo)}>";
            }

            if (thread.References.Count > 0)
            {
                headers["References"] = string.Join(' ', thread.References.Select(r => $"<{Checked(r)}>"));
            }
        }

        return new Personalization
        {
            Tos = [new EmailAddress(email, recipient.Name is null ? null : MailHeaderText.Clean(recipient.Name))],
            Substitutions = new Dictionary<string, string> { [UnsubscribePlaceholder] = url },
            Headers = headers,
            CustomArgs = new Dictionary<string, string>
            {
                [StatementIdArgument] = message.Statement.Id,
                [ContactArgument] = email,
                [BatchArgument] = message.Batch.ToString(System.Globalization.CultureInfo.InvariantCulture),
            },
        };
    }

    /// <summary>The answer keeps the thread's subject, so that mail clients and our inbound processor thread it.</summary>
    private static string ReplySubject(InquiryReplyContext thread)
    {
        var subject = MailHeaderText.Clean(thread.Subject);
        if (!subject.StartsWith("Re:", StringComparison.OrdinalIgnoreCase))
        {
            subject = $"Re: {subject}";
        }

        return subject.Contains($"[{thread.Reference}]", StringComparison.OrdinalIgnoreCase) ? subject : $"{subject} [{thread.Reference}]";
    }

    private static string Checked(string value) =>
        MailHeaderText.IsSafe(value) ? value : throw new ArgumentException("A header value contains a line break; refusing to build a header from it.");
}
