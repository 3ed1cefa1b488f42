namespace PauseIA.Media.Email;

/// <summary>A person's decision on a single mail the sender could not settle: the same three as for a statement batch.</summary>
public enum MailSendResolution
{
    /// <summary>SendGrid did take it (its activity feed shows it): record it as sent. Only for an unknown outcome.</summary>
    Sent,

    /// <summary>Send the same message again, with the same Message-ID: for a refused one, or an unknown one SendGrid shows it never received.</summary>
    Resend,

    /// <summary>Leave it unsent.</summary>
    Abandon,
}
