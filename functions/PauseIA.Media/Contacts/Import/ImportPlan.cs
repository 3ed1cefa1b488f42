namespace PauseIA.Media.Contacts.Import;

/// <summary>The writes an import makes, with the report that describes them.</summary>
public sealed record ImportPlan(
    ImportReport Report,
    IReadOnlyList<Contact> Creates,
    IReadOnlyList<(Contact Contact, IReadOnlyList<string> Changes)> Updates,
    IReadOnlyList<string> NewOptOuts);
