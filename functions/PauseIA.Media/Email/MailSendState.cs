namespace PauseIA.Media.Email;

/// <summary>
/// Where one single mail stands. <c>Sending → Sent</c>. SendGrid answering 429 or 5xx did not take it:
/// <c>Deferred</c>, tried again by the queue a bounded number of times, then <c>Refused</c>, as any
/// other refusal. A request that may have reached SendGrid without an answer is <c>Unknown</c>, and
/// is never sent again without a person's decision (or a SendGrid event proving it was accepted).
/// A send still <c>Sending</c> past its lease died mid-request: it reads as <c>Unknown</c>. A send still
/// <c>Deferred</c> a lease past its turn lost its retry: it reads as <c>Refused</c>.
/// </summary>
public enum MailSendState
{
    Sending,
    Sent,
    Deferred,
    Refused,
    Unknown,
    Abandoned,
}
