namespace PauseIA.Media.Inquiries;

/// <summary>How a write to an inquiry's partition ended.</summary>
public enum SaveOutcome
{
    Saved,

    /// <summary>Someone changed the inquiry since it was read (ETag mismatch): read again and redo.</summary>
    Stale,

    /// <summary>A row being added was already there: this very change was made before (a redelivered email).</summary>
    Duplicate,
}
