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

    /// <summary>Retention flagged the contact as inactive, or a team member kept it after review.</summary>
    RetentionReview,
}
