using System.Text;

namespace PauseIA.Media.Statements.Rendering;

/// <summary>
/// The HTML part: a table layout, 600 pixels at most, inline styles only, which is what Outlook,
/// Gmail and Apple Mail all render the same way. Header, embargo line, title, body, then a footer
/// with the press contact, the unsubscribe link and the privacy notice.
/// </summary>
internal static class EmailHtmlTemplate
{
    private const string Font = EmailStyles.Font;

    public static string Write(StatementEmail email)
    {
        var texts = email.Texts;
        // The body, the largest part, is copied once: from its own string into the email's.
        var html = new StringBuilder(4096);
        html.Append("<!DOCTYPE html>\n")
            .Append("<html lang=\"").Append(email.Language).Append("\">\n")
            .Append("<head>\n")
            .Append("<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<meta name=\"x-apple-disable-message-reformatting\">\n")
            .Append("<title>").Append(HtmlEncoding.Encode(email.Subject)).Append("</title>\n")
            .Append("</head>\n")
            .Append("<body style=\"margin:0;padding:0;background-color:#f3f4f6;\">\n")
            .Append("<table role=\"presentation\" width=\"100%\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"background-color:#f3f4f6;\">\n")
            .Append("<tr>\n<td align=\"center\" style=\"padding:24px 12px;\">\n")
            .Append("<table role=\"presentation\" width=\"600\" cellpadding=\"0\" cellspacing=\"0\" border=\"0\" style=\"width:100%;max-width:600px;background-color:#ffffff;border-collapse:collapse;\">\n");

        Row(html, $"padding:20px 32px;border-bottom:4px solid #ff9416;{Font}font-size:14px;font-weight:bold;letter-spacing:0.5px;color:#1f2328;", HtmlEncoding.Encode(texts.Header));
        if (email.EmbargoLine is not null)
        {
            Row(html, $"padding:14px 32px;background-color:#fff4e5;border-left:4px solid #c2410c;{Font}font-size:15px;line-height:1.4;font-weight:bold;color:#7c2d12;", HtmlEncoding.Encode(email.EmbargoLine));
        }

        RowStart(html, $"padding:24px 32px 8px 32px;{Font}font-size:16px;line-height:1.5;{EmailStyles.TextColor}");
        if (email.Title is not null)
        {
            html.Append("<h1 style=\"margin:0 0 20px 0;").Append(Font).Append("font-size:26px;line-height:1.25;font-weight:bold;color:#1f2328;\">")
                .Append(HtmlEncoding.Encode(email.Title)).Append("</h1>\n");
        }

        var head = html.ToString();
        html.Clear();
        RowEnd(html);
        var footer = new StringBuilder()
            .Append(Paragraph("margin:0 0 8px 0;"))
            .Append(HtmlEncoding.Encode(texts.ContactLabel + texts.Colon + email.PressName + ", "))
            .Append(Link("mailto:" + email.PressAddress, email.PressAddress)).Append("</p>\n")
            .Append(Paragraph("margin:0 0 8px 0;")).Append(HtmlEncoding.Encode(texts.Reason)).Append("</p>\n")
            .Append(Paragraph("margin:0;"))
            .Append(Link(email.UnsubscribeUrl, texts.Unsubscribe)).Append(" · ")
            .Append(Link(email.PrivacyNoticeUrl, texts.PrivacyNotice)).Append("</p>");
        Row(html, $"padding:16px 32px 24px 32px;border-top:1px solid #e5e7eb;{Font}font-size:13px;line-height:1.5;color:#57606a;", footer.ToString());

        html.Append("</table>\n</td>\n</tr>\n</table>\n</body>\n</html>\n");
        return string.Concat(head, email.BodyHtml.AsSpan().TrimEnd('\n'), html.ToString());
    }

    private static void Row(StringBuilder html, string style, string content)
    {
        RowStart(html, style);
        html.Append(content);
        RowEnd(html);
    }

    private static void RowStart(StringBuilder html, string style) => html.Append("<tr>\n<td style=\"").Append(style).Append("\">\n");

    private static void RowEnd(StringBuilder html) => html.Append("\n</td>\n</tr>\n");

    private static string Paragraph(string style) => $"<p style=\"{style}{Font}font-size:13px;line-height:1.5;color:#57606a;\">";

    private static string Link(string href, string text) =>
        $"<a href=\"{HtmlEncoding.Encode(href)}\" style=\"color:#57606a;text-decoration:underline;\">{HtmlEncoding.Encode(text)}</a>";
}
