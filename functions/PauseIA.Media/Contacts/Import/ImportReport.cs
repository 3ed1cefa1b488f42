namespace PauseIA.Media.Contacts.Import;

/// <summary>
/// What an import does (dry run) or did (commit). The same file against the same list gives the
/// same <see cref="Fingerprint"/>: a commit can insist on the plan the dry run showed.
/// </summary>
public sealed record ImportReport(
    bool Committed,
    string? ImportId,
    string Encoding,
    string Delimiter,
    string Format,
    int RowsRead,
    int ToCreate,
    int ToUpdate,
    int Unchanged,
    int DuplicatesMerged,
    int Rejected,
    IReadOnlyList<string> IgnoredColumns,
    IReadOnlyList<ImportRowReport> Rows,
    string Fingerprint);
