namespace PauseIA.Media.Contacts;

public enum ContactActivityKind
{
    Created,
    Edited,
    Imported,
    Merged,
    Inquiry,
    Reply,
    StatementSent,
    Delivered,
    Opened,
    Clicked,
    Bounced,
    SpamReport,
    OptedOut,
    OptOutLifted,
    Exported,
}
