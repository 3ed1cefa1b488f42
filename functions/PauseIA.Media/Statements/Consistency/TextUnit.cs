namespace PauseIA.Media.Statements.Consistency;

/// <summary>
/// A block of text that a reader takes in at once (the title, a heading, a paragraph, a list item, a
/// table cell): its place, its text without markup, and the targets of its links.
/// </summary>
/// <param name="Ordinal">Its position among all the units of its text, counted from 0.</param>
/// <param name="IsHeadline">A title or heading: English capitalizes every word of one, so none of its capitals marks a name.</param>
internal sealed record TextUnit(int Ordinal, string Block, int Index, int? Line, string Text, IReadOnlyList<string> Links, bool IsHeadline)
{
    private const int ExcerptLength = 160;

    public TextLocation Location => new(Block, Index, Line, Text.Length <= ExcerptLength ? Text : string.Concat(Text.AsSpan(0, ExcerptLength - 1), "…"));
}
