namespace PauseIA.Media.Statements.Sending;

/// <summary>A person's decision on a batch the sender could not settle.</summary>
public enum BatchResolution
{
    /// <summary>SendGrid did take it (its activity feed shows it): record it as sent. Only for an unknown outcome.</summary>
    Sent,

    /// <summary>Try it again: for a failed batch, or an unknown one that SendGrid shows it never received.</summary>
    Resend,

    /// <summary>Do not send it: for a failed or unknown batch, or a planned one (stops the rest of a send).</summary>
    Abandon,
}
