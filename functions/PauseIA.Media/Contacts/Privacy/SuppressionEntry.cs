namespace PauseIA.Media.Contacts.Privacy;

/// <summary>
/// Why an address must not be mailed, as the suppression list holds it: under its keyed hash only,
/// so that an erased address is recognised without being kept.
/// </summary>
public sealed record SuppressionEntry(
    string Hash,
    bool OptedOut,
    bool HardBounced,
    bool Erased,
    DateTimeOffset? OptedOutAt,
    DateTimeOffset? BouncedAt,
    DateTimeOffset? ErasedAt,
    string? Source)
{
    /// <summary>The strongest reason: erasure, then opt-out, then hard bounce; null when all were lifted.</summary>
    public SuppressionReason? Reason => Erased ? SuppressionReason.Erased
        : OptedOut ? SuppressionReason.OptedOut
        : HardBounced ? SuppressionReason.HardBounce
        : null;
}
