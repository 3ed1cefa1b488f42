namespace PauseIA.Media.Statements.Consistency;

/// <summary>
/// Where something is in one text: the block (<c>title</c>, <c>heading</c>, <c>paragraph</c>,
/// <c>listItem</c>, <c>tableCell</c>, or <c>frontMatter</c> for the embargo), its number among blocks
/// of that kind, its line in the Markdown as saved (null for a title given outside it), and its text.
/// </summary>
public sealed record TextLocation(string Block, int Index, int? Line, string Excerpt);
