using System.Buffers;
using System.Text;

namespace PauseIA.Media.Statements.Rendering;

/// <summary>Text written into the statement email's HTML template (the reverse of <c>Inquiries.Mail.HtmlText</c>, which reads HTML as text).</summary>
internal static class HtmlEncoding
{
    private static readonly SearchValues<char> Escaped = SearchValues.Create("&<>\"'\u00A0");

    /// <summary>
    /// Escapes text for an element or a quoted attribute. Only markup characters are escaped, so a
    /// substitution tag such as <c>-unsubscribeUrl-</c> stays byte for byte what SendGrid looks for;
    /// the no-break space is written as <c>&amp;nbsp;</c> (Markdig writes the body's as the character
    /// itself: a mail client reads both the same).
    /// </summary>
    public static string Encode(string text)
    {
        var next = text.AsSpan().IndexOfAny(Escaped);
        if (next < 0)
        {
            return text;
        }

        var result = new StringBuilder(text.Length + 16);
        var rest = text.AsSpan();
        while (next >= 0)
        {
            result.Append(rest[..next]).Append(rest[next] switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => "&nbsp;",
            });
            rest = rest[(next + 1)..];
            next = rest.IndexOfAny(Escaped);
        }

        return result.Append(rest).ToString();
    }
}
