namespace PauseIA.Media.Contacts.Import;

/// <summary>What an import does with a row.</summary>
public enum ImportOutcome
{
    /// <summary>A new contact.</summary>
    Create,

    /// <summary>An existing contact gets the file's values (see <see cref="ImportRowReport.Changes"/>).</summary>
    Update,

    /// <summary>The contact already holds everything the row says.</summary>
    Unchanged,

    /// <summary>The address appeared on an earlier row: merged into it (<see cref="ImportRowReport.MergedInto"/>).</summary>
    Duplicate,

    /// <summary>Not imported (<see cref="ImportRowReport.Reason"/>).</summary>
    Rejected,
}
