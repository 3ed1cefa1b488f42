namespace PauseIA.Media.Statements.Consistency;

/// <summary>One text's side of a divergence: the value as written there (null when absent) and where it is, or where it would be.</summary>
public sealed record DivergenceSide(string? Value, TextLocation? Where);
