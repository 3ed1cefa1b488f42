namespace PauseIA.Media.Contacts.Import;

/// <summary>An import file as read: how it was read (for the report) and its rows.</summary>
public sealed record CsvImportFile(
    string Encoding,
    string Delimiter,
    string Format,
    IReadOnlyList<string> IgnoredColumns,
    IReadOnlyList<ImportLine> Lines);
