using System.ComponentModel.DataAnnotations;

namespace PauseIA.Media.Contacts;

/// <summary>The contact list's settings (section <c>Contacts</c>, <c>Contacts__SuppressionKey</c> in app settings).</summary>
public sealed class ContactsOptions
{
    public const string Section = "Contacts";

    /// <summary>
    /// The HMAC key of the suppression list: erased addresses are kept only as a keyed hash, so
    /// that they are never added again without being readable. Keep it in Key Vault. Changing it
    /// forgets every erased address (their hashes no longer match), so it is never rotated casually.
    /// </summary>
    [Required(ErrorMessage = "Contacts:SuppressionKey is missing: set a random secret of at least 32 characters (Key Vault in Azure).")]
    [MinLength(32, ErrorMessage = "Contacts:SuppressionKey must be at least 32 characters long.")]
    public string SuppressionKey { get; set; } = "";

    /// <summary>
    /// A contact without activity for this long is flagged for review. Three years, as the CNIL
    /// recommends for prospects (from the last contact that came from the person).
    /// </summary>
    [Range(30, 3650, ErrorMessage = "Contacts:InactiveAfterDays must be between 30 and 3650.")]
    public int InactiveAfterDays { get; set; } = 1095;

    /// <summary>How long a flagged contact waits for a team member to keep it before the retention timer purges it.</summary>
    [Range(1, 365, ErrorMessage = "Contacts:ReviewGraceDays must be between 1 and 365.")]
    public int ReviewGraceDays { get; set; } = 30;

    /// <summary>The largest CSV file an import accepts, in bytes.</summary>
    [Range(1024, 104_857_600, ErrorMessage = "Contacts:ImportMaxBytes must be between 1 KiB and 100 MiB.")]
    public int ImportMaxBytes { get; set; } = 20 * 1024 * 1024;

    /// <summary>The most data rows an import accepts.</summary>
    [Range(1, 1_000_000, ErrorMessage = "Contacts:ImportMaxRows must be between 1 and 1,000,000.")]
    public int ImportMaxRows { get; set; } = 100_000;

    public TimeSpan InactiveAfter => TimeSpan.FromDays(InactiveAfterDays);

    public TimeSpan ReviewGrace => TimeSpan.FromDays(ReviewGraceDays);
}
