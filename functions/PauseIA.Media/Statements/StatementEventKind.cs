namespace PauseIA.Media.Statements;

/// <summary>What a line of a statement's timeline records.</summary>
public enum StatementEventKind
{
    Created,
    Revised,
    Submitted,
    ChangesRequested,
    Approved,
    ApprovalVoided,
    SignedOff,
    SignOffVoided,
    Commented,
    ReminderSent,
    TestSent,
    Scheduled,
    SendStarted,
    SendRefused,
    BatchSent,
    BatchDeferred,
    BatchFailed,
    BatchUnknown,
    BatchResolved,
    RecipientSkipped,
    Sent,
    Withdrawn,
}
