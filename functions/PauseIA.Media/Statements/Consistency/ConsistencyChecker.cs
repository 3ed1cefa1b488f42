using System.Globalization;
using PauseIA.Media.Statements.Languages;
using PauseIA.Media.Statements.Rendering;

namespace PauseIA.Media.Statements.Consistency;

/// <summary>
/// Compares the primary text of a version with each translation: values (numbers and percentages,
/// dates, times, links, email addresses, the embargo), structure (headings, paragraphs, list items,
/// links) and names. Values are compared over the whole text, so a translation that moves a sentence
/// is not flagged; a divergence then points at the block it is in, and at the matching block of the
/// other text (blocks are paired by their sequence of kinds).
/// </summary>
public static class ConsistencyChecker
{
    private static readonly DivergenceCategory[] Values =
        [DivergenceCategory.Number, DivergenceCategory.Date, DivergenceCategory.Time, DivergenceCategory.Url, DivergenceCategory.Email, DivergenceCategory.Embargo];

    public static IReadOnlyList<ConsistencyDivergence> Check(VersionTexts texts)
    {
        var primary = TextStructure.Read(texts.Primary);
        var embargo = texts.Primary.Document.Embargo;
        var divergences = new List<ConsistencyDivergence>();
        if (embargo is not null)
        {
            divergences.AddRange(AgainstFrontMatter(primary, embargo.Value, isPrimary: true));
        }

        foreach (var translation in texts.Translations.Select(TextStructure.Read))
        {
            divergences.AddRange(Compare(primary, translation, embargo));
        }

        return divergences;
    }

    private static IEnumerable<ConsistencyDivergence> Compare(TextStructure a, TextStructure b, DateTimeOffset? embargo)
    {
        var divergences = new List<ConsistencyDivergence>();
        var pairs = Alignment.Of(a, b);
        divergences.AddRange(Structure(a, b, pairs));

        var factsA = a.Units.SelectMany(u => FactReader.Read(u, a.Language)).ToList();
        var factsB = b.Units.SelectMany(u => FactReader.Read(u, b.Language)).ToList();
        foreach (var category in Values)
        {
            if (category == DivergenceCategory.Embargo && embargo is not null)
            {
                // Both texts are held to the front matter's embargo instead of to each other (see AgainstFrontMatter).
                continue;
            }

            var (leftA, leftB) = Unmatched(factsA.Where(f => f.Category == category).ToList(), factsB.Where(f => f.Category == category).ToList(), pairs);
            divergences.AddRange(Paired(b.Language, category, leftA.Select(f => (f.Shown, f.Unit)).ToList(), leftB.Select(f => (f.Shown, f.Unit)).ToList(), pairs));
        }

        divergences.AddRange(EmbargoMentions(a, b, pairs));
        if (embargo is not null)
        {
            divergences.AddRange(AgainstFrontMatter(b, embargo.Value, isPrimary: false));
        }

        divergences.AddRange(Names(a, b, pairs));
        return divergences.OrderBy(d => d.Category).ThenBy(d => d.Primary.Where?.Line ?? d.Translation.Where?.Line ?? 0);
    }

    /// <summary>The counts of headings, paragraphs, list items and links, pointing at the first block where the two texts part.</summary>
    private static IEnumerable<ConsistencyDivergence> Structure(TextStructure a, TextStructure b, Alignment pairs)
    {
        var blocksA = a.Blocks.ToList();
        var blocksB = b.Blocks.ToList();
        var first = Enumerable.Range(0, Math.Max(blocksA.Count, blocksB.Count))
            .FirstOrDefault(i => blocksA.ElementAtOrDefault(i)?.Block != blocksB.ElementAtOrDefault(i)?.Block, -1);
        var partA = first < 0 ? null : blocksA.ElementAtOrDefault(first)?.Location;
        var partB = first < 0 ? null : blocksB.ElementAtOrDefault(first)?.Location;
        foreach (var (category, countA, countB) in new[]
        {
            (DivergenceCategory.Headings, a.Headings, b.Headings),
            (DivergenceCategory.Paragraphs, a.Paragraphs, b.Paragraphs),
            (DivergenceCategory.ListItems, a.ListItems, b.ListItems),
        })
        {
            if (countA != countB)
            {
                yield return new ConsistencyDivergence(b.Language, category, Count(countA, partA), Count(countB, partB));
            }
        }

        if (a.Links != b.Links)
        {
            var unequal = blocksA.FirstOrDefault(u => u.Links.Count != (pairs.InB(u)?.Links.Count ?? 0));
            var unequalB = unequal is null ? blocksB.FirstOrDefault(u => u.Links.Count > 0 && pairs.InA(u) is null) : pairs.InB(unequal);
            yield return new ConsistencyDivergence(b.Language, DivergenceCategory.Links, Count(a.Links, unequal?.Location), Count(b.Links, unequalB?.Location));
        }
    }

    private static DivergenceSide Count(int count, TextLocation? where) => new(count.ToString(CultureInfo.InvariantCulture), where);

    /// <summary>The facts each side has that the other lacks: matched by key in the paired block first, then anywhere, then loosely.</summary>
    private static (List<Fact> A, List<Fact> B) Unmatched(List<Fact> a, List<Fact> b, Alignment pairs)
    {
        var leftA = new List<Fact>(a);
        var leftB = new List<Fact>(b);
        Match((x, y) => x.Key == y.Key && pairs.Paired(x.Unit, y.Unit));
        Match((x, y) => x.Key == y.Key);

        // A date without its year matches the same day with one: « 1er décembre » and "1 December 2026".
        Match((x, y) => x.LooseKey is not null && x.LooseKey == y.LooseKey && (x.Key == x.LooseKey || y.Key == y.LooseKey));
        return (leftA, leftB);

        void Match(Func<Fact, Fact, bool> same)
        {
            foreach (var fact in leftA.ToList())
            {
                var other = leftB.FindIndex(f => same(fact, f));
                if (other >= 0)
                {
                    leftA.Remove(fact);
                    leftB.RemoveAt(other);
                }
            }
        }
    }

    /// <summary>
    /// One divergence per value one side lacks; a value each side lacks in the same pair of blocks (and,
    /// for names, written alike) is one divergence showing both (« 12,5 % » against "12.6%", « Barrot »
    /// against "Barrow").
    /// </summary>
    private static IEnumerable<ConsistencyDivergence> Paired(
        string language,
        DivergenceCategory category,
        List<(string Shown, TextUnit Unit)> a,
        List<(string Shown, TextUnit Unit)> b,
        Alignment pairs,
        Func<string, string, bool>? alike = null)
    {
        foreach (var (shown, unit) in a)
        {
            var counterpart = b.FindIndex(x => pairs.Paired(unit, x.Unit) && (alike?.Invoke(shown, x.Shown) ?? true));
            if (counterpart >= 0)
            {
                var other = b[counterpart];
                b.RemoveAt(counterpart);
                yield return new ConsistencyDivergence(language, category, new(shown, unit.Location), new(other.Shown, other.Unit.Location));
            }
            else
            {
                yield return new ConsistencyDivergence(language, category, new(shown, unit.Location), new(null, pairs.InB(unit)?.Location));
            }
        }

        foreach (var (shown, unit) in b)
        {
            yield return new ConsistencyDivergence(language, category, new(null, pairs.InA(unit)?.Location), new(shown, unit.Location));
        }
    }

    /// <summary>One text says the statement is under embargo and the other does not.</summary>
    private static IEnumerable<ConsistencyDivergence> EmbargoMentions(TextStructure a, TextStructure b, Alignment pairs)
    {
        var inA = a.Units.FirstOrDefault(u => FactReader.MentionsEmbargo(u.Text));
        var inB = b.Units.FirstOrDefault(u => FactReader.MentionsEmbargo(u.Text));
        if (inA is not null && inB is null)
        {
            yield return new ConsistencyDivergence(b.Language, DivergenceCategory.Embargo, new("embargo", inA.Location), new(null, pairs.InB(inA)?.Location));
        }
        else if (inA is null && inB is not null)
        {
            yield return new ConsistencyDivergence(b.Language, DivergenceCategory.Embargo, new(null, pairs.InA(inB)?.Location), new("embargo", inB.Location));
        }
    }

    /// <summary>A date or time in a sentence about the embargo that is not the embargo the statement is held to.</summary>
    private static IEnumerable<ConsistencyDivergence> AgainstFrontMatter(TextStructure text, DateTimeOffset embargo, bool isPrimary)
    {
        var paris = ParisTime.ToParis(embargo);
        var date = paris.ToString("MM-dd", CultureInfo.InvariantCulture);
        var year = paris.Year;
        var time = paris.ToString("HH:mm", CultureInfo.InvariantCulture);
        var expected = paris.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) + " (Paris)";
        foreach (var fact in text.Units.SelectMany(u => FactReader.Read(u, text.Language)).Where(f => f.Category == DivergenceCategory.Embargo))
        {
            var agrees = fact.Key == time || fact.Key == date || fact.Key == $"{date}-{year:D4}" || fact.Key == $"{year:D4}-{paris.Month:D2}";
            if (!agrees)
            {
                var side = new DivergenceSide(fact.Shown, fact.Unit.Location);
                var none = new DivergenceSide(null, null);
                yield return new ConsistencyDivergence(text.Language, DivergenceCategory.Embargo, isPrimary ? side : none, isPrimary ? none : side) { Expected = expected };
            }
        }
    }

    /// <summary>Names one text has and the other does not say in any form, each once.</summary>
    private static IEnumerable<ConsistencyDivergence> Names(TextStructure a, TextStructure b, Alignment pairs)
    {
        var known = NameReader.KnownNames(a.Units.Concat(b.Units));
        var missingA = Missing(a, NameReader.Words(b.Units));
        var missingB = Missing(b, NameReader.Words(a.Units));
        return Paired(b.Language, DivergenceCategory.Name, missingA, missingB, pairs, NameReader.AreAlike);

        List<(string Shown, TextUnit Unit)> Missing(TextStructure text, IReadOnlySet<string> otherWords) =>
            text.Units.SelectMany(u => NameReader.Names(u, known))
                .Where(n => !n.Words.All(w => NameEquivalents.IsSaid(w, otherWords)))
                .DistinctBy(n => string.Join(' ', n.Words))
                .Select(n => (n.Shown, n.Unit))
                .ToList();
    }
}
