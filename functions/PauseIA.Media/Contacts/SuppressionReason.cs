namespace PauseIA.Media.Contacts;

/// <summary>Why an address is left out of a send.</summary>
public enum SuppressionReason
{
    OptedOut,
    HardBounce,
    Erased,
    NoEmail,
}
