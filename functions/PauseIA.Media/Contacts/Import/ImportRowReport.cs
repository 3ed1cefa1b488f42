namespace PauseIA.Media.Contacts.Import;

/// <summary>
/// What the import does with one row. <see cref="Row"/> is the spreadsheet's row number (the header
/// is row 1); <see cref="ReasonCode"/> is stable for programs (<c>emptyRow</c>, <c>missingEmail</c>,
/// <c>invalidEmail</c>, <c>erased</c>, <c>malformed</c>, <c>extraCells</c>, <c>badMediaType</c>,
/// <c>badLanguage</c>, <c>badPhone</c>, <c>badOutletDomain</c>, <c>badBeats</c>, <c>badLawfulBasis</c>,
/// <c>unknownOwner</c>, <c>tooLong</c>) and <see cref="Reason"/> is for people.
/// </summary>
public sealed record ImportRowReport(
    int Row,
    ImportOutcome Outcome,
    string? Email,
    string? ReasonCode = null,
    string? Reason = null,
    int? MergedInto = null)
{
    /// <summary>The fields an update changes (JSON names).</summary>
    public IReadOnlyList<string> Changes { get; init; } = [];

    /// <summary>Things worth knowing that did not stop the row (other addresses in the cell, an opt-out carried over).</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
