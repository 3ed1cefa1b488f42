namespace PauseIA.Media.Statements;

/// <summary>The spokesperson's sign-off: the approved hash plus the recipient manifest it froze.</summary>
public sealed record SignOff(
    string By,
    DateTimeOffset At,
    int Version,
    string ContentHash,
    int Manifest,
    string ManifestHash,
    int Recipients,
    int Excluded);
