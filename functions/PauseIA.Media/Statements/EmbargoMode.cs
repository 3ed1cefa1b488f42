namespace PauseIA.Media.Statements;

/// <summary>How an embargoed statement goes out; part of what is approved.</summary>
public enum EmbargoMode
{
    /// <summary>Held back and sent when the embargo lifts.</summary>
    AtEmbargo,

    /// <summary>Sent at once, carrying the embargo line.</summary>
    BeforeWithLine,
}
