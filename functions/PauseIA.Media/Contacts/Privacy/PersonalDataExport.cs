using System.Text.Json.Nodes;
using PauseIA.Media.Contacts.Segments;

namespace PauseIA.Media.Contacts.Privacy;

/// <summary>
/// Everything held on one person (GDPR art. 15): the contact, its timeline, whether and why mail to
/// them is suppressed, the segments they fall in, the audit records about them, and what the other
/// features hold (<see cref="Sources"/>, by <see cref="IPersonalDataSource.Name"/>).
/// </summary>
public sealed record PersonalDataExport(
    string Subject,
    DateTimeOffset GeneratedAt,
    string GeneratedBy,
    string Controller,
    string PrivacyNoticeUrl,
    Contact? Contact,
    IReadOnlyList<ContactActivity> Timeline,
    SuppressionState Suppression,
    IReadOnlyList<SegmentReference> Segments,
    IReadOnlyList<ContactAuditEntry> AuditRecords,
    IReadOnlyDictionary<string, JsonNode?> Sources,
    RetentionTerms Retention);
