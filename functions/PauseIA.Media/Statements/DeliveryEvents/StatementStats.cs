namespace PauseIA.Media.Statements.DeliveryEvents;

/// <summary>What SendGrid's events (and our own unsubscribe link) tell about a statement's delivery. Counts of events, not of people.</summary>
public sealed record StatementStats(
    int Processed = 0,
    int Delivered = 0,
    int Deferred = 0,
    int Opened = 0,
    int Clicked = 0,
    int Bounced = 0,
    int Dropped = 0,
    int SpamReports = 0,
    int Unsubscribes = 0)
{
    public DateTimeOffset? UpdatedAt { get; init; }

    public StatementStats Plus(StatementStats other) => new(
        Processed + other.Processed,
        Delivered + other.Delivered,
        Deferred + other.Deferred,
        Opened + other.Opened,
        Clicked + other.Clicked,
        Bounced + other.Bounced,
        Dropped + other.Dropped,
        SpamReports + other.SpamReports,
        Unsubscribes + other.Unsubscribes);
}
