using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace PauseIA.Media.Statements.Consistency;

/// <summary>
/// Names written with capitals (PauseAI, AI Act, a minister's name) and whether the other text has
/// them. A capital at the start of a sentence, a list item or a heading says nothing by itself: such a
/// word counts only when it is a name elsewhere (capitalized mid-sentence in either text) or shaped
/// like one (an inner capital, an acronym). Words compare folded (case, accents, French elision
/// « l'IA » and English possessive "Pause IA's" set aside), so « Barrot » in both texts agrees
/// wherever it stands, while « Barrot » against "Barrow" does not.
/// </summary>
internal static partial class NameReader
{
    private static readonly HashSet<string> NotNames = new(StringComparer.Ordinal)
    {
        // Months and days, compared as dates; the English pronoun.
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "i", "i'm", "i've", "i'll", "i'd", "embargo",
    };

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase) { "m", "mme", "mlle", "mr", "mrs", "ms", "dr", "pr", "st", "me", "cf", "p", "vs" };

    /// <summary>One name found in a unit of text, as written and folded word by word.</summary>
    public sealed record Name(string Shown, IReadOnlyList<string> Words, TextUnit Unit);

    /// <summary>The folded words of a whole text, names or not: what another text's names are looked for in.</summary>
    public static IReadOnlySet<string> Words(IEnumerable<TextUnit> units)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        foreach (var token in units.SelectMany(u => Tokens(u.Text)))
        {
            words.Add(token.Folded);
            foreach (var part in token.Folded.Split('-', StringSplitOptions.RemoveEmptyEntries))
            {
                words.Add(part);
            }
        }

        return words;
    }

    /// <summary>The folded words that some text capitalizes in the middle of a sentence: names wherever else they stand.</summary>
    public static IReadOnlySet<string> KnownNames(IEnumerable<TextUnit> units) =>
        units.Where(u => !u.IsHeadline).SelectMany(u => Tokens(u.Text)).Where(t => t.IsCapitalized && !t.StartsSentence).Select(t => t.Folded).ToHashSet(StringComparer.Ordinal);

    public static IEnumerable<Name> Names(TextUnit unit, IReadOnlySet<string> knownNames)
    {
        var run = new List<Token>();
        foreach (var token in Tokens(unit.Text).Append(Token.Sentinel))
        {
            var isName = token.IsCapitalized && !NotNames.Contains(token.Folded) && token.Folded.Length > 1
                && (token.IsShapedLikeName || knownNames.Contains(token.Folded) || (!token.StartsSentence && !unit.IsHeadline));
            if (isName && (run.Count == 0 || token.Start == run[^1].End + 1))
            {
                run.Add(token);
                continue;
            }

            if (run.Count > 0)
            {
                yield return new Name(string.Join(' ', run.Select(t => t.Text)), run.Select(t => t.Folded).ToList(), unit);
                run.Clear();
            }

            if (isName)
            {
                run.Add(token);
            }
        }
    }

    /// <summary>Two names one of which is likely the other misspelt or shortened: a word in common, or few letters apart.</summary>
    public static bool AreAlike(string a, string b)
    {
        var x = Fold(a).Split(' ');
        var y = Fold(b).Split(' ');
        if (x.Intersect(y, StringComparer.Ordinal).Any())
        {
            return true;
        }

        var (s, t) = (string.Join(' ', x), string.Join(' ', y));
        return Distance(s, t) <= Math.Max(1, Math.Max(s.Length, t.Length) / 4);
    }

    public static string Fold(string word)
    {
        var decomposed = word.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(c == '’' ? '\'' : c);
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Levenshtein distance: insertions, deletions and substitutions.</summary>
    private static int Distance(string s, string t)
    {
        var previous = Enumerable.Range(0, t.Length + 1).ToArray();
        for (var i = 1; i <= s.Length; i++)
        {
            var current = new int[t.Length + 1];
            current[0] = i;
            for (var j = 1; j <= t.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (s[i - 1] == t[j - 1] ? 0 : 1));
            }

            previous = current;
        }

        return previous[t.Length];
    }

    private static IEnumerable<Token> Tokens(string text)
    {
        foreach (Match m in Word().Matches(text))
        {
            var word = m.Value;
            var start = m.Index;
            var elision = Elision().Match(word);
            if (elision.Success && elision.Length < word.Length)
            {
                word = word[elision.Length..];
                start += elision.Length;
            }

            if (word.EndsWith("'s", StringComparison.Ordinal) || word.EndsWith("’s", StringComparison.Ordinal))
            {
                word = word[..^2];
            }

            yield return new Token(word, start, StartsSentence(text, m.Index), Fold(word));
        }
    }

    /// <summary>
    /// Nothing but spaces and openers between the word and the start of the text, the end of a sentence
    /// (not an abbreviation's dot) or a dash, after which both languages start a clause with a capital
    /// (« Paris, le 17 février — À la veille… », "Paris, 17 February — On the eve…").
    /// </summary>
    private static bool StartsSentence(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || "«“\"'‘([•".Contains(text[i], StringComparison.Ordinal)))
        {
            i--;
        }

        if (i < 0)
        {
            return true;
        }

        if (text[i] == '.')
        {
            var before = text[..i];
            var previous = Word().Matches(before).LastOrDefault();
            return previous is null || previous.Index + previous.Length != i || !Abbreviations.Contains(previous.Value);
        }

        return ".!?:;…—–-".Contains(text[i], StringComparison.Ordinal);
    }

    private sealed record Token(string Text, int Start, bool StartsSentence, string Folded)
    {
        /// <summary>Ends the last run of a text.</summary>
        public static Token Sentinel { get; } = new("", int.MaxValue - 1, false, "");

        public int End => Start + Text.Length;

        public bool IsCapitalized => Text.Length > 0 && char.IsUpper(Text[0]);

        /// <summary>
        /// An inner capital (PauseAI, DeepMind) or a short acronym (AI, ONU, OTAN): a name wherever it
        /// stands. A longer word in capitals is emphasis (« COMMUNIQUÉ »), not a name.
        /// </summary>
        public bool IsShapedLikeName =>
            Text.Skip(1).Any(char.IsUpper) && (Text.Any(char.IsLower) || Text.Length <= 5);
    }

    [GeneratedRegex(@"\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*")]
    private static partial Regex Word();

    [GeneratedRegex(@"^(?:[lLdDjJmMnNsStTcC]|[qQ]u|[jJ]usqu|[lL]orsqu|[pP]uisqu)['’]")]
    private static partial Regex Elision();
}
