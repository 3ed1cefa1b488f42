namespace PauseIA.Media.Statements.Diffs;

/// <summary>A line of the inline diff, with its number in the old and in the new version (null where it does not exist).</summary>
public sealed record DiffLine(DiffChange Type, int? OldNumber, int? NewNumber, string Text);
