namespace PauseIA.Media.Statements.Rendering;

/// <summary>Exactly what is sent, and exactly what the preview shows.</summary>
public sealed record RenderedStatement(string Subject, string Html, string Text);
