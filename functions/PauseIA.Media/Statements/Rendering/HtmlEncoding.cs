using System.Text;

namespace PauseIA.Media.Statements.Rendering;

/// <summary>Text written into the statement email's HTML template (the reverse of <c>Inquiries.Mail.HtmlText</c>, which reads HTML as text).</summary>
internal static class HtmlEncoding
{
    /// <summary>
    /// Escapes text for an element or a quoted attribute. Only markup characters are escaped, so a
    /// substitution tag such as <c>-unsubscribeUrl-</c> stays byte for byte what SendGrid looks for;
    /// the no-break space is written as <c>&amp;nbsp;</c>, as in the sanitized body.
    /// </summary>
    public static string Encode(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            result.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                '\u00A0' => "&nbsp;",
                _ => c.ToString(),
            });
        }

        return result.ToString();
    }
}
