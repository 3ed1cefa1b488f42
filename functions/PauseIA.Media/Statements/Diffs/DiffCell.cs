namespace PauseIA.Media.Statements.Diffs;

/// <summary>One side of a side-by-side row; <see cref="Words"/> only for a modified line.</summary>
public sealed record DiffCell(int Number, DiffChange Type, string Text, IReadOnlyList<DiffWord>? Words = null);
