namespace PauseIA.Media.Statements.Diffs;

/// <summary>A word (or the spaces and punctuation between words) of a modified line.</summary>
public sealed record DiffWord(DiffChange Type, string Text);
