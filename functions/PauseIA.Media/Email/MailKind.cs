namespace PauseIA.Media.Email;

/// <summary>Why a message was sent; carried in <c>custom_args</c> so that events and the outbox can tell.</summary>
public enum MailKind
{
    Acknowledgement,
    Notification,
    InquiryReply,
    Statement,
    StatementTest,
    Reminder,
}
