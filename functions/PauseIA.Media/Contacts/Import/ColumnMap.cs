namespace PauseIA.Media.Contacts.Import;

/// <summary>
/// Which columns of a file hold what. A field may come from several columns (Google's
/// <c>E-mail 1 - Value</c>, <c>E-mail 2 - Value</c>), read left to right.
/// </summary>
public sealed record ColumnMap(
    IReadOnlyDictionary<ContactColumn, IReadOnlyList<int>> Columns,
    IReadOnlyList<string> Ignored,
    string Format,
    int HeaderCount)
{
    /// <summary>The non-empty values of <paramref name="column"/> in a row, in column order.</summary>
    public IEnumerable<string> Values(ContactColumn column, IReadOnlyList<string> cells) =>
        Columns.TryGetValue(column, out var indexes)
            ? indexes.Where(i => i < cells.Count && cells[i].Length > 0).Select(i => cells[i])
            : [];

    public string? First(ContactColumn column, IReadOnlyList<string> cells) => Values(column, cells).FirstOrDefault();
}
