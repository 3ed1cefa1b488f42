namespace PauseIA.Media.Statements.Consistency;

/// <summary>
/// A value found in a unit of text, written down as a language-independent <see cref="Key"/>
/// (<c>12.5 %</c>, <c>12-01-2026</c>, <c>14:30</c>, a lower-cased address). Two facts are the same
/// value when their keys are equal, or failing that their <see cref="LooseKey"/>s (a date with and without its year).
/// </summary>
internal sealed record Fact(DivergenceCategory Category, string Key, string Shown, TextUnit Unit)
{
    public string? LooseKey { get; init; }
}
