namespace PauseIA.Media.Statements.Diffs;

/// <summary>A side-by-side row: the old line and the new line, either absent where the other side inserted or deleted one.</summary>
public sealed record DiffRow(DiffCell? Old, DiffCell? New);
