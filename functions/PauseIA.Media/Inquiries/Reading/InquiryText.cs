using System.Text;
using System.Text.RegularExpressions;
using PauseIA.Media.Inquiries.Mail;

namespace PauseIA.Media.Inquiries.Reading;

/// <summary>
/// The text the readers work on: what the author wrote, without the quoted history, and a folded
/// copy for matching. Folding keeps every index in place (one character for one), so a span found in
/// the folded text is the same span in the original.
/// </summary>
internal static partial class InquiryText
{
    /// <summary>Beyond this, a body is pasted material: nothing the readers look for lives that far down.</summary>
    public const int MaxLength = 200_000;

    private static readonly char[] FoldTable = BuildFoldTable();

    /// <summary>The body as plain text with <c>\n</c> line ends (HTML converted), at most <see cref="MaxLength"/> characters.</summary>
    public static string Plain(string? body)
    {
        if (string.IsNullOrEmpty(body))
        {
            return "";
        }

        var text = body.Length > MaxLength ? body[..MaxLength] : body;
        if (HtmlText.LooksLikeHtml(text))
        {
            text = HtmlText.ToText(text);
        }

        return text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
    }

    /// <summary>
    /// What the author wrote: quoted lines (<c>&gt;</c>) are dropped, and the text stops at a reply's
    /// attribution (<c>Le … a écrit :</c>, <c>On … wrote:</c>) or at an Outlook reply header
    /// (<c>-----Original Message-----</c>, or <c>De :</c> followed by <c>Envoyé :</c>). A forward (subject
    /// <c>Fwd:</c>/<c>TR:</c>, or a forward banner just above) keeps its header block, since the
    /// forwarded message is the content.
    /// </summary>
    public static string Own(string? body, string? subject = null)
    {
        var lines = Plain(body).Split('\n');
        var forwarded = subject is not null && ForwardSubject().IsMatch(subject);
        var kept = new List<string>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line.TrimStart().StartsWith('>'))
            {
                continue;
            }

            if (IsAttribution(lines, i) || (!forwarded && IsOutlookReplyHeader(lines, i)))
            {
                break;
            }

            kept.Add(line);
        }

        return string.Join('\n', kept).Trim();
    }

    /// <summary>
    /// One line per paragraph: the line breaks of wrapped text become spaces, blank lines become one
    /// <c>\n</c>, and runs of white space one space. Phrases quoted from it read as in the mail.
    /// </summary>
    public static string Flatten(string text)
    {
        var flat = new StringBuilder(text.Length);
        var pendingSpace = false;
        var newlines = 0;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                newlines++;
            }
            else if (char.IsWhiteSpace(c))
            {
                pendingSpace = true;
            }
            else
            {
                if (flat.Length > 0 && (newlines > 0 || pendingSpace))
                {
                    flat.Append(newlines > 1 ? '\n' : ' ');
                }

                flat.Append(c);
                newlines = 0;
                pendingSpace = false;
            }
        }

        return flat.ToString();
    }

    /// <summary>Lower case, without diacritics, with typographic apostrophes, dashes and spaces made plain; same length.</summary>
    public static string Fold(string text) => string.Create(text.Length, text, static (span, source) =>
    {
        for (var i = 0; i < source.Length; i++)
        {
            span[i] = FoldTable[source[i]];
        }
    });

    public static bool IsForwardSubject(string? subject) => subject is not null && ForwardSubject().IsMatch(subject);

    public static bool IsReplyOrForwardSubject(string? subject) => subject is not null && ReplyOrForwardSubject().IsMatch(subject);

    /// <summary>The subject without the reply and forward prefixes and tags before it: "TR: RE: [Presse] Interview" → "Interview".</summary>
    public static string WithoutReplyPrefixes(string? subject) => ReplyPrefixes().Replace(subject ?? "", "").Trim();

    private static bool IsAttribution(string[] lines, int i)
    {
        var line = lines[i].Trim();
        if (!AttributionStart().IsMatch(line))
        {
            return false;
        }

        // Gmail wraps a long attribution over two lines. Every client puts a date or an address in it,
        // which tells it from prose ("Le porte-parole a écrit :").
        var attribution = AttributionEnd().IsMatch(line) ? line
            : i + 1 < lines.Length && AttributionEnd().IsMatch(line + " " + lines[i + 1].Trim()) ? line + " " + lines[i + 1]
            : null;
        return attribution is not null && attribution.Any(c => char.IsAsciiDigit(c) || c == '@');
    }

    private static bool IsOutlookReplyHeader(string[] lines, int i)
    {
        var line = lines[i].Trim();
        if (OriginalMessageBanner().IsMatch(line))
        {
            return true;
        }

        if (!HeaderFrom().IsMatch(line) || PrecededByForwardBanner(lines, i))
        {
            return false;
        }

        for (var j = i + 1; j < Math.Min(lines.Length, i + 4); j++)
        {
            if (HeaderSent().IsMatch(lines[j].Trim()))
            {
                return true;
            }
        }

        return false;
    }

    private static bool PrecededByForwardBanner(string[] lines, int i)
    {
        for (var j = i - 1; j >= Math.Max(0, i - 3); j--)
        {
            if (ForwardedInquiryReader.IsForwardBanner(lines[j].Trim()))
            {
                return true;
            }
        }

        return false;
    }

    private static char[] BuildFoldTable()
    {
        var table = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            table[i] = c switch
            {
                '\u2019' or '\u2018' or '\u02BC' or '\u00B4' or '`' => '\'',
                '\u00AB' or '\u00BB' or '\u201C' or '\u201D' => '"',
                '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2212' => '-',
                '\u00A0' or '\u202F' or '\u2009' or '\u2007' or '\t' => ' ',
                _ when i < 128 || !char.IsLetter(c) => char.ToLowerInvariant(c),
                _ => char.ToLowerInvariant(c.ToString().Normalize(NormalizationForm.FormD)[0]),
            };
        }

        return table;
    }

    [GeneratedRegex(@"^\s*((re|fwd?|tr|transf|wg|rif|i)\s?:\s*|\[[^\]]*\]\s*)*(fwd?|tr|transf|wg|i)\s?:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ForwardSubject();

    [GeneratedRegex(@"^\s*(\[[^\]]*\]\s*)*(re|aw|sv|vs|ref|réf|rif|fwd?|tr|transf|wg|i)\s?:", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReplyOrForwardSubject();

    [GeneratedRegex(@"^\s*((re|aw|sv|vs|ref|réf|rif|fwd?|tr|transf|wg|i)\s?:\s*|\[[^\]]*\]\s*)+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReplyPrefixes();

    [GeneratedRegex(@"^(le|on|am|el|il)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AttributionStart();

    [GeneratedRegex(@"(a\s+[ée]crit|wrote|schrieb|escribi[óo]|ha\s+scritto)\s*:\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AttributionEnd();

    [GeneratedRegex(@"^-{2,}\s*(original message|message d'origine|message d’origine)\s*-{2,}$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OriginalMessageBanner();

    [GeneratedRegex(@"^\*?(de|from)\*?\s?:\s*\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderFrom();

    [GeneratedRegex(@"^\*?(envoy[ée]( le)?|sent|date)\*?\s?:\s*\S", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeaderSent();
}
