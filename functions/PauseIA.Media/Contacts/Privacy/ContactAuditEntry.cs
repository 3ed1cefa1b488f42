namespace PauseIA.Media.Contacts.Privacy;

/// <summary>
/// One audit record. <see cref="Subject"/> is the keyed hash of the address concerned, never the
/// address: the log outlives erasures, and whoever holds an address can still find its records.
/// </summary>
public sealed record ContactAuditEntry(
    string Id,
    ContactAuditAction Action,
    string Actor,
    string? Subject,
    string Summary,
    DateTimeOffset At);
