namespace PauseIA.Media.Statements.Consistency;

/// <summary>A value matched in a text: where (<see cref="Start"/>, <see cref="Length"/>) and as what key.</summary>
internal sealed record FoundValue(int Start, int Length, string Key, string? LooseKey = null);
