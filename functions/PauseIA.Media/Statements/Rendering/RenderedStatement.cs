namespace PauseIA.Media.Statements.Rendering;

// TEMP stand-in: the rendering helper's RenderedStatement replaces this file.
public sealed record RenderedStatement(string Subject, string Html, string Text);
