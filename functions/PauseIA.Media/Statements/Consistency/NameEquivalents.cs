namespace PauseIA.Media.Statements.Consistency;

/// <summary>
/// What keeps the name check from crying wolf: words French and English spell differently for the
/// same name (ONU and UN, Parlement and Parliament), and the English adjectives of nationality,
/// which English capitalizes and French does not (« le gouvernement français », "the French government").
/// Keys are folded (lower case, no accents). The director reads whatever this list misses.
/// </summary>
internal static class NameEquivalents
{
    private static readonly (string English, string French)[] Pairs =
    [
        ("ai", "ia"), ("un", "onu"), ("eu", "ue"), ("nato", "otan"), ("who", "oms"), ("oecd", "ocde"), ("iaea", "aiea"), ("imf", "fmi"),
        ("wto", "omc"), ("ecb", "bce"), ("ngo", "ong"), ("gdp", "pib"), ("usa", "etats-unis"), ("uk", "royaume-uni"),
        ("minister", "ministre"), ("ministry", "ministere"), ("parliament", "parlement"), ("senate", "senat"),
        ("assembly", "assemblee"), ("government", "gouvernement"), ("summit", "sommet"), ("council", "conseil"),
        ("court", "cour"), ("treaty", "traite"), ("republic", "republique"), ("agency", "agence"), ("union", "union"),
        ("united", "unies"), ("nations", "nations"), ("states", "etats"), ("kingdom", "royaume"), ("act", "reglement"),
        ("france", "france"), ("french", "francais"), ("french", "francaise"), ("europe", "europe"), ("germany", "allemagne"),
        ("china", "chine"), ("spain", "espagne"), ("italy", "italie"), ("england", "angleterre"), ("brussels", "bruxelles"),
        ("london", "londres"), ("geneva", "geneve"), ("national", "nationale"), ("high", "haut"), ("safety", "securite"),
        ("security", "securite"), ("institute", "institut"), ("pause", "pause"),
    ];

    private static readonly HashSet<string> Adjectives = new(StringComparer.Ordinal)
    {
        "french", "english", "british", "european", "american", "chinese", "german", "italian", "spanish", "belgian", "swiss",
        "canadian", "dutch", "russian", "japanese", "indian", "african", "asian", "parisian", "international", "global",
        "western", "eastern", "northern", "southern", "federal", "national", "regional",
    };

    private static readonly ILookup<string, string> Lookup = Pairs
        .SelectMany(p => new[] { (p.English, p.French), (p.French, p.English) })
        .ToLookup(p => p.Item1, p => p.Item2, StringComparer.Ordinal);

    /// <summary>Whether a word of a name is said by <paramref name="otherWords"/> (the folded words of the other text).</summary>
    public static bool IsSaid(string folded, IReadOnlySet<string> otherWords) =>
        otherWords.Contains(folded) || Adjectives.Contains(folded) || Lookup[folded].Any(otherWords.Contains);
}
