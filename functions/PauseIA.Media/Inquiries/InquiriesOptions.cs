using System.ComponentModel.DataAnnotations;

namespace PauseIA.Media.Inquiries;

/// <summary>How inquiries are acknowledged and followed up (section <c>Inquiries</c>).</summary>
public sealed class InquiriesOptions
{
    public const string Section = "Inquiries";

    /// <summary>The response time promised in acknowledgements, to compare with the journalist's deadline.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00")]
    public TimeSpan ResponseTime { get; set; } = TimeSpan.FromHours(2);

    /// <summary>The same promise in words, after « Nous vous répondrons ».</summary>
    [Required]
    public string ResponseTimeFr { get; set; } = "sous 2 heures ouvrées";

    /// <summary>The same promise in words, after "We will get back to you".</summary>
    [Required]
    public string ResponseTimeEn { get; set; } = "within 2 working hours";

    /// <summary>At most one acknowledgement per sender within this window (RFC 3834 §2).</summary>
    [Range(typeof(TimeSpan), "00:01:00", "30.00:00:00")]
    public TimeSpan AcknowledgementWindow { get; set; } = TimeSpan.FromHours(24);

    /// <summary>An unanswered inquiry without a deadline is escalated this long after it arrived.</summary>
    [Range(typeof(TimeSpan), "00:05:00", "30.00:00:00")]
    public TimeSpan EscalationWithoutDeadline { get; set; } = TimeSpan.FromHours(4);

    /// <summary>The time zone in which deadlines are shown and references take their year.</summary>
    [Required]
    public string TimeZone { get; set; } = "Europe/Paris";
}
