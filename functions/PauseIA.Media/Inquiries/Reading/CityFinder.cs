using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace PauseIA.Media.Inquiries.Reading;

/// <summary>
/// Which of the given cities a text is about: the city named as a word (accents and case ignored,
/// <c>Lyon</c> but not <c>Lyonel</c>) or by its inhabitants' adjective (<c>lyonnaise</c>, <c>toulousain</c>,
/// <c>rennais</c>, <c>marseillais</c>). Names that are also words (<c>Nice</c>, <c>Tours</c>, <c>Sens</c>)
/// count only capitalised after a place preposition (<c>à Nice</c>, <c>in Tours</c>). The city named
/// most often wins, then the first named; the answer is spelled as in <c>cities</c>.
/// </summary>
public sealed class CityFinder
{
    private static readonly Dictionary<string, string> Demonyms = new()
    {
        ["lyon"] = "lyonnaise?s?", ["toulouse"] = "toulousaine?s?", ["rennes"] = "rennaise?s?", ["marseille"] = "marseillaise?s?|phoceen(?:ne)?s?",
        ["paris"] = "parisien(?:ne)?s?", ["bordeaux"] = "bordelaise?s?", ["lille"] = "lilloise?s?", ["nantes"] = "nantaise?s?",
        ["grenoble"] = "grenobloise?s?", ["strasbourg"] = "strasbourgeoise?s?", ["nice"] = "nicoise?s?", ["montpellier"] = "montpellieraine?s?",
        ["brest"] = "brestoise?s?", ["nancy"] = "nanceien(?:ne)?s?", ["metz"] = "messine?s?", ["rouen"] = "rouennaise?s?", ["dijon"] = "dijonnaise?s?",
        ["tours"] = "tourangeaux?|tourangelles?", ["clermont-ferrand"] = "clermontoise?s?", ["angers"] = "angevine?s?", ["caen"] = "caennaise?s?",
        ["reims"] = "remoise?s?", ["limoges"] = "limougeaude?s?", ["amiens"] = "amienoise?s?", ["besancon"] = "bisontine?s?",
        ["orleans"] = "orleanaise?s?", ["saint-etienne"] = "stephanoise?s?", ["toulon"] = "toulonnaise?s?", ["le havre"] = "havraise?s?",
        ["poitiers"] = "poitevine?s?", ["avignon"] = "avignonnaise?s?", ["perpignan"] = "perpignanaise?s?", ["pau"] = "paloise?s?",
        ["annecy"] = "annecien(?:ne)?s?", ["la rochelle"] = "rochelaise?s?", ["aix-en-provence"] = "aixoise?s?", ["bruxelles"] = "bruxelloise?s?",
        ["geneve"] = "genevoise?s?", ["lausanne"] = "lausannoise?s?",
    };

    private static readonly HashSet<string> Ambiguous = ["nice", "tours", "sens", "orange", "lens", "vienne", "laval", "nancy", "pau", "gap", "dole", "agen", "bar", "die"];

    private static readonly ConcurrentDictionary<string, Regex> Patterns = new();

    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "A stateless service injected as a singleton.")]
    public string? Find(string text, IEnumerable<string> cities)
    {
        if (string.IsNullOrEmpty(text) || cities is null)
        {
            return null;
        }

        var sample = text.Length > InquiryText.MaxLength ? text[..InquiryText.MaxLength] : text;
        var folded = InquiryText.Fold(sample);
        string? best = null;
        (int Count, int First) bestScore = (0, int.MaxValue);
        foreach (var city in cities.Where(c => c is not null && c.Any(char.IsLetter)).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var key = InquiryText.Fold(city.Trim());
            var matches = Pattern(key).Matches(folded).Where(m => m.Groups["demonym"].Success || !Ambiguous.Contains(key) || char.IsUpper(sample[m.Groups["name"].Index])).ToList();
            if (matches.Count > bestScore.Count || (matches.Count == bestScore.Count && matches.Count > 0 && matches[0].Index < bestScore.First))
            {
                (best, bestScore) = (city.Trim(), (matches.Count, matches[0].Index));
            }
        }

        return best;
    }

    private static Regex Pattern(string city) => Patterns.GetOrAdd(city, static key =>
    {
        var name = Regex.Escape(key).Replace("\\ ", "[ -]", StringComparison.Ordinal).Replace("-", "[ -]", StringComparison.Ordinal);
        name = name.Replace("saint[ -]", "(?:saint|st)[ -]", StringComparison.Ordinal);
        var place = Ambiguous.Contains(key) ? @"(?<=(?:\b(?:a|de|d'|du|in|at|from|near|pres de|sur|vers|groupe de|antenne de|ville de|region de) ))" : "";
        var demonym = Demonyms.TryGetValue(key, out var adjective) ? $"|(?<demonym>{adjective})" : "";
        return new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{place}(?<name>{name}){demonym})(?![\p{{L}}\p{{N}}])", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);
    });
}
