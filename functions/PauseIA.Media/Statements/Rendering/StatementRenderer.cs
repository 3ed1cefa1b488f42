using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using PauseIA.Media.Email;
using PauseIA.Media.Markdown;
using PauseIA.Media.Markdown.Typography;

namespace PauseIA.Media.Statements.Rendering;

/// <summary>
/// Turns a statement into the email that is sent, HTML and plain text, with the one Markdown
/// pipeline. The preview calls this too, so it shows exactly what will be sent. Deterministic: the
/// same request gives the same bytes. A singleton: thread-safe.
/// </summary>
public sealed partial class StatementRenderer(MarkdownRenderer markdown, IOptions<MailOptions> mailOptions)
{
    /// <remarks>
    /// The subject is the title, else the body's first heading, else a default; it is prefixed with
    /// « EMBARGO – » whenever the embargo line is shown, so the embargo is seen before the mail is opened.
    /// </remarks>
    public RenderedStatement Render(RenderRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var document = request.Document;
        var mail = mailOptions.Value;
        var language = FrenchTypography.AppliesTo(document.Language) ? "fr" : "en";
        var texts = StatementTexts.For(language);
        var body = markdown.Render(document.Body, language, EmailStyles.Instance);
        var title = document.Title is null ? null : MarkdownRenderer.Typeset(OneLine(document.Title), language);
        var embargoLine = request.ShowEmbargoLine && document.Embargo is { } embargo ? EmbargoLine.Format(embargo, language) : null;
        var subject = OneLine(title ?? body.FirstHeading ?? texts.DefaultSubject);
        if (embargoLine is not null)
        {
            subject = StatementTexts.EmbargoSubjectPrefix + subject;
        }

        var email = new StatementEmail(
            language,
            texts,
            subject,
            title,
            embargoLine,
            body.Html,
            body.Text,
            mail.PressName,
            mail.PressAddress,
            CheckUnsubscribeUrl(request.UnsubscribeUrl),
            CheckPrivacyNoticeUrl(request.PrivacyNoticeUrl ?? mail.PrivacyNoticeUrl));
        return new RenderedStatement(subject, EmailHtmlTemplate.Write(email), EmailTextTemplate.Write(email));
    }

    /// <summary>
    /// An https address, or a substitution tag made of characters that need no escaping (so that
    /// SendGrid still finds it in the HTML): anything else is a bug in the caller.
    /// </summary>
    private static string CheckUnsubscribeUrl(string url)
    {
        var isAddress = Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "https" or "http";
        if (string.IsNullOrEmpty(url) || !(isAddress || SubstitutionTag().IsMatch(url)))
        {
            throw new ArgumentException($"Unsubscribe URL must be an http(s) address or a substitution tag such as -unsubscribeUrl-, not \"{url}\".", nameof(url));
        }

        return url;
    }

    private static string CheckPrivacyNoticeUrl(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("https" or "http"))
        {
            throw new ArgumentException($"Privacy notice URL must be an http(s) address, not \"{url}\".", nameof(url));
        }

        return url;
    }

    private static string OneLine(string text) => Whitespace().Replace(text, " ").Trim();

    [GeneratedRegex(@"^[A-Za-z0-9_%{}\[\]\-]+$")]
    private static partial Regex SubstitutionTag();

    // Line breaks, tabs and runs of spaces; not the no-break spaces, which are typography.
    [GeneratedRegex(@"[\s-[\u00A0\u202F\u2007]]+")]
    private static partial Regex Whitespace();
}
