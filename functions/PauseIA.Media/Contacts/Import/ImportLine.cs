namespace PauseIA.Media.Contacts.Import;

/// <summary>
/// One data row of an import file, read but not yet checked. <see cref="Row"/> is the row number a
/// spreadsheet shows (the header is row 1). <see cref="Problem"/> is set when the row could not be
/// read as CSV; <see cref="Emails"/> holds every address cell, in order.
/// </summary>
public sealed record ImportLine(
    int Row,
    IReadOnlyList<string> Emails,
    ContactInput Input,
    bool OptedOut,
    bool Empty,
    ContactProblem? Problem);
