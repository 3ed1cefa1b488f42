namespace PauseIA.Media.Statements;

/// <summary>
/// The director's approval of one version, bound to its content hash (every language). With
/// translations, it also records the consistency report the director had in front of them: its hash
/// and how many divergences it listed, which they saw and accepted.
/// </summary>
public sealed record Approval(string By, DateTimeOffset At, int Version, string ContentHash)
{
    public string? ConsistencyHash { get; init; }

    public int? Divergences { get; init; }
}
