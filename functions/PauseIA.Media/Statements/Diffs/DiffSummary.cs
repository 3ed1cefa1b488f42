namespace PauseIA.Media.Statements.Diffs;

public sealed record DiffSummary(int Inserted, int Deleted, int Modified);
