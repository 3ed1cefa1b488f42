namespace PauseIA.Media.Contacts.Privacy;

/// <summary>How long the contact is kept (GDPR art. 15(1)(d)): reviewed after <see cref="InactiveAfterDays"/> without activity, purged <see cref="ReviewGraceDays"/> later.</summary>
public sealed record RetentionTerms(int InactiveAfterDays, int ReviewGraceDays, DateTimeOffset? LastActivityAt, DateTimeOffset? ReviewFlaggedAt);
