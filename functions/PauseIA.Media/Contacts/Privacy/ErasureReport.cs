namespace PauseIA.Media.Contacts.Privacy;

/// <summary>
/// What an erasure removed. <see cref="Subject"/> is the keyed hash kept in the suppression list and
/// the audit log; <see cref="Sources"/> counts what each other feature removed or pseudonymised.
/// </summary>
public sealed record ErasureReport(
    string Subject,
    bool ContactFound,
    int TimelineEntries,
    IReadOnlyDictionary<string, int> Sources,
    DateTimeOffset ErasedAt);
