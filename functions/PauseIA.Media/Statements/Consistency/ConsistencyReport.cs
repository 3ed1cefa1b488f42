namespace PauseIA.Media.Statements.Consistency;

/// <summary>
/// <c>GET /api/statements/{id}/consistency</c>: what differs between the primary text and each
/// translation of a version. <see cref="Hash"/> identifies exactly this list; an approval records it,
/// so that the divergences the director accepted are on record. Divergences never block an approval.
/// </summary>
public sealed record ConsistencyReport(
    int? Version,
    string? ContentHash,
    string Primary,
    IReadOnlyList<string> Languages,
    string Hash,
    IReadOnlyList<ConsistencyDivergence> Divergences);
