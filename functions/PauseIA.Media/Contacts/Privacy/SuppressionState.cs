namespace PauseIA.Media.Contacts.Privacy;

/// <summary>Whether and why an address is kept out of sends, as the access export shows it.</summary>
public sealed record SuppressionState(
    bool OptedOut,
    bool HardBounced,
    bool Erased,
    DateTimeOffset? OptedOutAt,
    DateTimeOffset? BouncedAt,
    string? Source);
