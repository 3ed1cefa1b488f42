using System.ComponentModel.DataAnnotations;

namespace PauseIA.Media.Statements;

/// <summary>Statements settings (section <c>Statements</c>).</summary>
public sealed class StatementsOptions
{
    public const string Section = "Statements";

    /// <summary>How long a review may wait before the director is reminded, once per submission.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00", ErrorMessage = "Statements:ReviewReminderAfter must be between one minute and 30 days.")]
    public TimeSpan ReviewReminderAfter { get; set; } = TimeSpan.FromHours(24);

    /// <summary>The secret that signs unsubscribe links (HMAC-SHA256); a leak lets anyone forge opt-outs, so keep it in Key Vault.</summary>
    [Required(ErrorMessage = "Statements:UnsubscribeKey is missing: set a random secret of at least 32 characters.")]
    [MinLength(32, ErrorMessage = "Statements:UnsubscribeKey must be at least 32 characters long.")]
    public string UnsubscribeKey { get; set; } = "";
}
