namespace PauseIA.Media.Statements.Consistency;

/// <summary>What a divergence between two language versions is about.</summary>
public enum DivergenceCategory
{
    Number,
    Date,
    Time,
    Url,
    Email,
    Embargo,
    Headings,
    Paragraphs,
    ListItems,
    Links,
    Name,
}
