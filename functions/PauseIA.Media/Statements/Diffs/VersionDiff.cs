namespace PauseIA.Media.Statements.Diffs;

/// <summary>
/// <c>GET /api/statements/{id}/diff</c>: the change from version <see cref="From"/> (0 is the empty text)
/// to version <see cref="To"/>, as an inline list of lines and as side-by-side rows whose modified lines
/// carry a word-by-word diff, in one <see cref="Language"/>. The console renders either.
/// </summary>
public sealed record VersionDiff(int From, int To, DiffSummary Summary, IReadOnlyList<DiffLine> Lines, IReadOnlyList<DiffRow> Rows)
{
    public string? Language { get; init; }
}
