namespace PauseIA.Media.Contacts.Privacy;

/// <summary>What a retention run did: contacts newly flagged for review, and contacts purged after the grace period.</summary>
public sealed record RetentionReport(int Flagged, int Purged);
