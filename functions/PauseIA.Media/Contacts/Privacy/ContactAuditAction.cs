namespace PauseIA.Media.Contacts.Privacy;

/// <summary>What the audit log records: everything that exports, removes or un-suppresses personal data.</summary>
public enum ContactAuditAction
{
    Imported,
    Exported,
    DataExported,
    Erased,
    Deleted,
    Merged,
    SuppressionLifted,
    RetentionFlagged,
    RetentionPurged,
}
