using System.Buffers;
using System.Runtime.InteropServices;
using Markdig.Helpers;
using Markdig.Syntax.Inlines;

namespace PauseIA.Media.Markdown.Typography;

/// <summary>
/// The text of one paragraph, heading or table cell as a sequence of segments. Rules look at the
/// characters around them across inline boundaries (<c>« *mot* »</c>, <c>*mot* !</c>), but only
/// rewrite literal text; code, autolinks and footnote references stand in as an opaque character.
/// </summary>
/// <remarks>
/// A run's characters, each one's segment beside it, and the output are buffers kept from one
/// paragraph to the next. The output is written in order, each segment's part recorded as it starts,
/// and the text between two characters a rule can concern is copied as a block: a statement is read a
/// few times over, and only the literals that change are allocated (README, "Performance").
/// </remarks>
internal sealed class TypographyRun : IDisposable
{
    private const char NoBreakSpace = '\u00A0';
    private const char NarrowNoBreakSpace = '\u202F';

    // Stands for an inline that is not prose (code span, autolink, footnote reference): it reads as
    // a word, so « `code` » still gets its spaces, and is never rewritten.
    private const char Opaque = '\uFFFC';

    // The characters a rule rewrites or looks back from; a space matters only next to one of them.
    private static readonly SearchValues<char> RuleCharacters = SearchValues.Create("«».';!?:");

    private readonly List<Segment> segments = [];

    private char[] chars = ArrayPool<char>.Shared.Rent(1024);

    // The segment of each character.
    private int[] owners = ArrayPool<int>.Shared.Rent(1024);

    private int length;

    private char[] output = ArrayPool<char>.Shared.Rent(2048);

    private int outputLength;

    private int[] outputStarts = ArrayPool<int>.Shared.Rent(64);

    private int nextSegment;

    /// <summary>Rewrites the literals of <paramref name="root"/> in place.</summary>
    public void Apply(ContainerInline root)
    {
        Clear();
        Collect(root);
        Rewrite();
        var all = CollectionsMarshal.AsSpan(segments);
        for (var k = 0; k < all.Length; k++)
        {
            if (all[k] is { Editable: true, Literal: { } literal })
            {
                var rewritten = OutputOf(k);
                if (!rewritten.SequenceEqual(literal.Content.AsSpan()))
                {
                    literal.Content = new StringSlice(rewritten.ToString());
                }
            }
        }
    }

    /// <summary>The rewritten text of a plain string.</summary>
    public string Apply(string text)
    {
        Clear();
        Add(text, null, editable: true);
        Rewrite();
        return OutputOf(0).ToString();
    }

    public void Dispose()
    {
        ArrayPool<char>.Shared.Return(chars);
        ArrayPool<int>.Shared.Return(owners);
        ArrayPool<char>.Shared.Return(output);
        ArrayPool<int>.Shared.Return(outputStarts);
    }

    private void Clear()
    {
        segments.Clear();
        length = 0;
        outputLength = 0;
        nextSegment = 0;
    }

    private void Rewrite()
    {
        // A guillemet can gain a space on each side: the output is at most twice the input.
        output = Ensure(output, (2 * length) + 1, 0);
        outputStarts = Ensure(outputStarts, segments.Count + 1, 0);
        ConvertStraightQuotes();
        var all = CollectionsMarshal.AsSpan(segments);
        var i = 0;
        while (i < length)
        {
            var segment = owners[i];
            var end = segment + 1 < all.Length ? all[segment + 1].Start : length;
            if (!all[segment].Editable)
            {
                i = end;
                continue;
            }

            while (i < end)
            {
                // Only a run of spaces at either end of the text between two rule characters can
                // matter: inside, it is between two ordinary ones. RewriteSpaces may read on into the
                // next segments.
                if (chars[i] == ' ' && SpacesMatter(i))
                {
                    i = RewriteSpaces(i) + 1;
                    continue;
                }

                var next = chars.AsSpan(i, end - i).IndexOfAny(RuleCharacters);
                var stop = next < 0 ? end : i + next;
                var spaces = stop;
                while (spaces > i && chars[spaces - 1] == ' ')
                {
                    spaces--;
                }

                if (spaces < stop && SpacesMatter(spaces))
                {
                    Copy(i, spaces);
                    i = RewriteSpaces(spaces) + 1;
                    continue;
                }

                Copy(i, stop);
                i = stop < end ? RewriteAt(stop) + 1 : end;
            }
        }

        // Segments after the last character written start, and end, at the output's end.
        StartSegments(segments.Count);
    }

    /// <summary>Writes the character at <paramref name="i"/> and returns the last index it consumed.</summary>
    private int RewriteAt(int i)
    {
        var c = chars[i];
        switch (c)
        {
            case '«':
                Emit(i, '«');
                if (i + 1 < length && !IsSpace(chars[i + 1]))
                {
                    Emit(i, NoBreakSpace);
                }

                return i;
            case '»':
                if (i > 0 && !IsSpace(chars[i - 1]))
                {
                    Emit(i, NoBreakSpace);
                }

                Emit(i, '»');
                return i;
            case '.' when i + 2 < length && chars[i + 1] == '.' && chars[i + 2] == '.'
                          && owners[i + 1] == owners[i] && owners[i + 2] == owners[i]:
                Emit(i, '…');
                return i + 2;
            case '\'' when i > 0 && i + 1 < length && char.IsLetter(chars[i - 1]) && char.IsLetter(chars[i + 1]):
                Emit(i, '’');
                return i;
            default:
                Emit(i, c);
                return i;
        }
    }

    /// <summary>Whether <see cref="RewriteSpaces"/> changes the run of spaces starting at <paramref name="start"/>.</summary>
    private bool SpacesMatter(int start) => NoBreakFor(start, EndOfSpaces(start)) is not null;

    /// <summary>
    /// A run of ordinary spaces before <c>; ! ?</c>, before <c>: »</c> or after <c>«</c> becomes a
    /// single no-break space (written at the run's last position); any other run stays. Returns the
    /// run's last index, so each run is read once.
    /// </summary>
    private int RewriteSpaces(int start)
    {
        var end = EndOfSpaces(start);
        var noBreak = NoBreakFor(start, end);
        for (var i = start; i < end; i++)
        {
            if (noBreak is null)
            {
                Emit(i, ' ');
            }
            else if (i == end - 1)
            {
                Emit(i, noBreak.Value);
            }
        }

        return end - 1;
    }

    private int EndOfSpaces(int start)
    {
        var end = start + 1;
        while (end < length && chars[end] == ' ' && IsEditable(end))
        {
            end++;
        }

        return end;
    }

    private char? NoBreakFor(int start, int end)
    {
        var after = end < length ? chars[end] : '\0';
        var before = start > 0 ? chars[start - 1] : '\0';
        return after switch
        {
            ';' or '!' or '?' => NarrowNoBreakSpace,
            ':' or '»' => NoBreakSpace,
            _ when before == '«' => NoBreakSpace,
            _ => null,
        };
    }

    /// <summary>
    /// Decides each straight double quote: opening after a space and before a word, closing after
    /// a word and before a space or punctuation, otherwise alternating.
    /// </summary>
    private void ConvertStraightQuotes()
    {
        var open = false;
        for (var i = NextQuote(0); i >= 0; i = NextQuote(i + 1))
        {
            if (!IsEditable(i))
            {
                continue;
            }

            var afterSpace = i == 0 || IsSpace(chars[i - 1]) || chars[i - 1] is '(' or '[' or '—' or '–';
            var beforeSpace = i == length - 1 || IsSpace(chars[i + 1]) || chars[i + 1] is '.' or ',' or ';' or ':' or '!' or '?' or ')' or ']';
            open = (afterSpace, beforeSpace) switch
            {
                (true, false) => true,
                (false, true) => false,
                _ => !open,
            };
            chars[i] = open ? '«' : '»';
        }
    }

    private int NextQuote(int from)
    {
        var next = chars.AsSpan(from, length - from).IndexOf('"');
        return next < 0 ? -1 : from + next;
    }

    /// <summary>Appends to the output what the character at <paramref name="index"/> becomes; indexes only grow.</summary>
    private void Emit(int index, char c)
    {
        StartSegments(owners[index]);
        output[outputLength++] = c;
    }

    /// <summary>Copies the characters from <paramref name="start"/> to <paramref name="end"/>, all of one segment, unchanged.</summary>
    private void Copy(int start, int end)
    {
        if (end > start)
        {
            StartSegments(owners[start]);
            chars.AsSpan(start, end - start).CopyTo(output.AsSpan(outputLength));
            outputLength += end - start;
        }
    }

    /// <summary>Records where the output of each segment up to <paramref name="segment"/> starts, once.</summary>
    private void StartSegments(int segment)
    {
        while (nextSegment <= segment)
        {
            outputStarts[nextSegment++] = outputLength;
        }
    }

    private ReadOnlySpan<char> OutputOf(int segment) =>
        output.AsSpan(outputStarts[segment], outputStarts[segment + 1] - outputStarts[segment]);

    private bool IsEditable(int i) => CollectionsMarshal.AsSpan(segments)[owners[i]].Editable;

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or NoBreakSpace or NarrowNoBreakSpace or '\u2009' or '\u2007';

    private void Collect(ContainerInline container)
    {
        for (var inline = container.FirstChild; inline is not null; inline = inline.NextSibling)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    // An escaped character (\" or \!) is the author asking for it as typed.
                    Add(literal.Content.AsSpan(), literal, editable: !literal.IsFirstCharacterEscaped);
                    break;
                case HtmlEntityInline entity:
                    Add(entity.Transcoded.AsSpan(), null, editable: false);
                    break;
                case LineBreakInline:
                    Add("\n", null, editable: false);
                    break;
                case ContainerInline child and not LinkInline { IsAutoLink: true }:
                    Collect(child);
                    break;
                default:
                    // Code spans, autolinks, footnote references: not prose.
                    Add([Opaque], null, editable: false);
                    break;
            }
        }
    }

    private void Add(ReadOnlySpan<char> text, LiteralInline? literal, bool editable)
    {
        chars = Ensure(chars, length + text.Length, length);
        owners = Ensure(owners, length + text.Length, length);
        text.CopyTo(chars.AsSpan(length));
        owners.AsSpan(length, text.Length).Fill(segments.Count);
        segments.Add(new Segment(length, literal, editable));
        length += text.Length;
    }

    /// <summary>A pooled array of at least <paramref name="size"/>, keeping its first <paramref name="used"/> items.</summary>
    private static T[] Ensure<T>(T[] array, int size, int used)
    {
        if (size <= array.Length)
        {
            return array;
        }

        var larger = ArrayPool<T>.Shared.Rent(Math.Max(size, array.Length * 2));
        array.AsSpan(0, used).CopyTo(larger);
        ArrayPool<T>.Shared.Return(array);
        return larger;
    }

    private readonly record struct Segment(int Start, LiteralInline? Literal, bool Editable);
}
