namespace PauseIA.Media.Statements;

/// <summary>Where a statement stands; <see cref="StatementWorkflow"/> says which moves are legal.</summary>
public enum StatementState
{
    Draft,
    InReview,
    ChangesRequested,
    Approved,
    SignedOff,

    /// <summary>Signed off and waiting for its embargo to lift.</summary>
    Scheduled,
    Sending,
    Sent,
    Withdrawn,
}
