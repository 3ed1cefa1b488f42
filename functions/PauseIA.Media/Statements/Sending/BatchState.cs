namespace PauseIA.Media.Statements.Sending;

/// <summary>
/// Where a send batch stands. <c>Planned → Sending → Sent</c>; a temporary refusal goes back to
/// <c>Planned</c> with a wait; a permanent one is <c>Failed</c>. A batch whose request may or may not have
/// reached SendGrid is <c>Unknown</c> and is never resent without a person's decision (or a SendGrid
/// event proving it was accepted). <c>Skipped</c>: everyone in it opted out since the sign-off.
/// </summary>
public enum BatchState
{
    Planned,
    Sending,
    Sent,
    Skipped,
    Failed,
    Unknown,
    Abandoned,
}
