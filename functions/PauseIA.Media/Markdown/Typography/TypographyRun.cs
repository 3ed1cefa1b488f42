using System.Text;
using Markdig.Helpers;
using Markdig.Syntax.Inlines;

namespace PauseIA.Media.Markdown.Typography;

/// <summary>
/// The text of one paragraph, heading or table cell as a sequence of segments. Rules look at the
/// characters around them across inline boundaries (<c>« *mot* »</c>, <c>*mot* !</c>), but only
/// rewrite literal text; code, autolinks and footnote references stand in as an opaque character.
/// </summary>
internal sealed class TypographyRun
{
    private const char NoBreakSpace = '\u00A0';
    private const char NarrowNoBreakSpace = '\u202F';

    // Stands for an inline that is not prose (code span, autolink, footnote reference): it reads as
    // a word, so « `code` » still gets its spaces, and is never rewritten.
    private const char Opaque = '\uFFFC';

    private readonly List<Segment> segments = [];

    private TypographyRun()
    {
    }

    public static TypographyRun Of(ContainerInline root)
    {
        var run = new TypographyRun();
        run.Collect(root);
        return run;
    }

    public static TypographyRun Of(string text)
    {
        var run = new TypographyRun();
        run.segments.Add(new Segment(text, null, editable: true));
        return run;
    }

    /// <summary>Rewrites the literals in place and returns the whole text (for plain strings).</summary>
    public string Apply()
    {
        var chars = new List<char>();
        var owners = new List<Segment>();
        foreach (var segment in segments)
        {
            foreach (var c in segment.Text)
            {
                chars.Add(c);
                owners.Add(segment);
            }
        }

        ConvertStraightQuotes(chars, owners);
        for (var i = 0; i < chars.Count; i++)
        {
            var owner = owners[i];
            if (!owner.Editable)
            {
                continue;
            }

            i = chars[i] == ' ' ? RewriteSpaces(chars, owners, i) : Rewrite(chars, owners, i, owner.Output);
        }

        var text = new StringBuilder();
        foreach (var segment in segments)
        {
            var result = segment.Editable ? segment.Output.ToString() : segment.Text;
            if (segment.Literal is not null && result != segment.Text)
            {
                segment.Literal.Content = new StringSlice(result);
            }

            text.Append(result);
        }

        return text.ToString();
    }

    /// <summary>Writes the character at <paramref name="i"/> and returns the last index it consumed.</summary>
    private static int Rewrite(List<char> chars, List<Segment> owners, int i, StringBuilder output)
    {
        var c = chars[i];
        switch (c)
        {
            case '«':
                output.Append('«');
                if (i + 1 < chars.Count && !IsSpace(chars[i + 1]))
                {
                    output.Append(NoBreakSpace);
                }

                return i;
            case '»':
                if (i > 0 && !IsSpace(chars[i - 1]))
                {
                    output.Append(NoBreakSpace);
                }

                output.Append('»');
                return i;
            case '.' when i + 2 < chars.Count && chars[i + 1] == '.' && chars[i + 2] == '.'
                          && owners[i + 1] == owners[i] && owners[i + 2] == owners[i]:
                output.Append('…');
                return i + 2;
            case '\'' when i > 0 && i + 1 < chars.Count && char.IsLetter(chars[i - 1]) && char.IsLetter(chars[i + 1]):
                output.Append('’');
                return i;
            default:
                output.Append(c);
                return i;
        }
    }

    /// <summary>
    /// A run of ordinary spaces before <c>; ! ?</c>, before <c>: »</c> or after <c>«</c> becomes a
    /// single no-break space (written at the run's last position); any other run stays. Returns the
    /// run's last index, so each run is read once.
    /// </summary>
    private static int RewriteSpaces(List<char> chars, List<Segment> owners, int start)
    {
        var end = start + 1;
        while (end < chars.Count && chars[end] == ' ' && owners[end].Editable)
        {
            end++;
        }

        var after = end < chars.Count ? chars[end] : '\0';
        var before = start > 0 ? chars[start - 1] : '\0';
        char? noBreak = after switch
        {
            ';' or '!' or '?' => NarrowNoBreakSpace,
            ':' or '»' => NoBreakSpace,
            _ when before == '«' => NoBreakSpace,
            _ => null,
        };
        for (var i = start; i < end; i++)
        {
            if (noBreak is null)
            {
                owners[i].Output.Append(' ');
            }
            else if (i == end - 1)
            {
                owners[i].Output.Append(noBreak.Value);
            }
        }

        return end - 1;
    }

    /// <summary>
    /// Decides each straight double quote: opening after a space and before a word, closing after
    /// a word and before a space or punctuation, otherwise alternating.
    /// </summary>
    private static void ConvertStraightQuotes(List<char> chars, List<Segment> owners)
    {
        var open = false;
        for (var i = 0; i < chars.Count; i++)
        {
            if (chars[i] != '"' || !owners[i].Editable)
            {
                continue;
            }

            var afterSpace = i == 0 || IsSpace(chars[i - 1]) || chars[i - 1] is '(' or '[' or '—' or '–';
            var beforeSpace = i == chars.Count - 1 || IsSpace(chars[i + 1]) || chars[i + 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']';
            open = (afterSpace, beforeSpace) switch
            {
                (true, false) => true,
                (false, true) => false,
                _ => !open,
            };
            chars[i] = open ? '«' : '»';
        }
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or NoBreakSpace or NarrowNoBreakSpace or '\u2009' or '\u2007';

    private void Collect(ContainerInline container)
    {
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    // An escaped character (\" or \!) is the author asking for it as typed.
                    segments.Add(new Segment(literal.Content.ToString(), literal, editable: !literal.IsFirstCharacterEscaped));
                    break;
                case HtmlEntityInline entity:
                    segments.Add(new Segment(entity.Transcoded.ToString(), null, editable: false));
                    break;
                case LineBreakInline:
                    segments.Add(new Segment("\n", null, editable: false));
                    break;
                case ContainerInline child and not LinkInline { IsAutoLink: true }:
                    Collect(child);
                    break;
                default:
                    // Code spans, autolinks, footnote references: not prose.
                    segments.Add(new Segment(Opaque.ToString(), null, editable: false));
                    break;
            }
        }
    }

    // A class, not a record: segments are compared by identity.
    private sealed class Segment(string text, LiteralInline? literal, bool editable)
    {
        public string Text { get; } = text;

        public LiteralInline? Literal { get; } = literal;

        public bool Editable { get; } = editable;

        public StringBuilder Output { get; } = new();
    }
}
