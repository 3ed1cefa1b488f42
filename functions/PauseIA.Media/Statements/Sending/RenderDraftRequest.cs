namespace PauseIA.Media.Statements.Sending;

/// <summary>The body of <c>POST /api/statements/render</c>: unsaved Markdown for the editor's live preview.</summary>
public sealed record RenderDraftRequest(string? Markdown, string? Title = null, EmbargoMode? EmbargoMode = null);
