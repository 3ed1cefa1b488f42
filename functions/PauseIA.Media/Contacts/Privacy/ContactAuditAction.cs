namespace PauseIA.Media.Contacts.Privacy;

/// <summary>What the audit log records: everything that exports, removes or un-suppresses personal data.</summary>
public enum ContactAuditAction
{
    Imported,
    Exported,
    DataExported,
    Erased,

    /// <summary>An erasure that stopped part-way: the address is suppressed, and the erasure must be run again.</summary>
    ErasureIncomplete,
    Deleted,
    Merged,
    SuppressionLifted,
    RetentionFlagged,
    RetentionPurged,
}
