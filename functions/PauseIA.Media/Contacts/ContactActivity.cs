namespace PauseIA.Media.Contacts;

/// <summary>One line of a contact's timeline: what happened, about what, by whom, when.</summary>
public sealed record ContactActivity(
    ContactActivityKind Kind,
    string Summary,
    string? RelatedId,
    string? Actor,
    DateTimeOffset At);
