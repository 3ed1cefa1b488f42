namespace PauseIA.Media.Statements.Diffs;

public enum DiffChange
{
    Unchanged,
    Inserted,
    Deleted,
    Modified,
}
