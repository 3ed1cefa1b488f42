namespace PauseIA.Media.Statements.Consistency;

/// <summary>
/// One thing the primary text and the translation in <see cref="Language"/> do not say alike, with
/// where it is in both. A check on one text alone (its embargo against the front matter's) names that
/// text's language, fills its side only and gives the front matter's value as <see cref="Expected"/>.
/// </summary>
public sealed record ConsistencyDivergence(string Language, DivergenceCategory Category, DivergenceSide Primary, DivergenceSide Translation)
{
    public string? Expected { get; init; }
}
