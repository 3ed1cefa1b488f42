namespace PauseIA.Media.Markdown;

/// <summary>One Markdown text rendered once, both ways, from the same filtered tree.</summary>
/// <param name="Html">A safe HTML fragment.</param>
/// <param name="Text">The plain-text equivalent.</param>
/// <param name="FirstHeading">The text of the first heading, if any (a subject line when there is no title).</param>
public sealed record RenderedMarkdown(string Html, string Text, string? FirstHeading);
