using System.Text;

namespace PauseIA.Media.Statements.Rendering;

/// <summary>The plain-text part: the same content as the HTML, in the same order.</summary>
internal static class EmailTextTemplate
{
    private const string FooterRule = "----------------------------------------";

    public static string Write(StatementEmail email)
    {
        var texts = email.Texts;
        var text = new StringBuilder();
        text.Append(texts.Header).Append("\n\n");
        if (email.EmbargoLine is not null)
        {
            text.Append(email.EmbargoLine).Append("\n\n");
        }

        if (email.Title is not null)
        {
            text.Append(email.Title).Append('\n')
                .Append('=', Markdown.PlainText.Underline.Length(email.Title)).Append("\n\n");
        }

        // The body, the largest part, is copied once: from its own string into the email's.
        var head = text.ToString();
        text.Clear();
        if (email.BodyText.Length > 0)
        {
            text.Append("\n\n");
        }

        text.Append(FooterRule).Append('\n')
            .Append(texts.ContactLabel).Append(texts.Colon).Append(email.PressName).Append(" <").Append(email.PressAddress).Append(">\n")
            .Append(texts.Reason).Append('\n')
            .Append(texts.Unsubscribe).Append(texts.Colon).Append(email.UnsubscribeUrl).Append('\n')
            .Append(texts.PrivacyNotice).Append(texts.Colon).Append(email.PrivacyNoticeUrl).Append('\n');
        return string.Concat(head, email.BodyText, text.ToString());
    }
}
