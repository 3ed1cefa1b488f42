namespace PauseIA.Media.Contacts;

/// <summary>What each kind of activity means for retention.</summary>
public static class ContactActivityKinds
{
    /// <summary>
    /// Whether the activity shows a live relationship and so restarts the retention clock. What we
    /// send, and what the mail system reports on its own (deliveries, bounces), does not: a contact
    /// we only ever mail is exactly the one the CNIL asks us to review.
    /// </summary>
    public static bool KeepsAlive(ContactActivityKind kind) => kind is
        ContactActivityKind.Created or ContactActivityKind.Edited or ContactActivityKind.Imported or ContactActivityKind.Merged
        or ContactActivityKind.Inquiry or ContactActivityKind.Reply or ContactActivityKind.Opened or ContactActivityKind.Clicked
        or ContactActivityKind.OptOutLifted or ContactActivityKind.RetentionReview;
}
