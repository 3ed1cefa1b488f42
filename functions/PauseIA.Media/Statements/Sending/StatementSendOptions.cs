using System.ComponentModel.DataAnnotations;

namespace PauseIA.Media.Statements.Sending;

/// <summary>How statements are sent (section <c>Statements:Send</c>).</summary>
public sealed class StatementSendOptions
{
    public const string Section = "Statements:Send";

    /// <summary>Personalizations per SendGrid request; SendGrid allows at most 1,000.</summary>
    [Range(1, 1000)]
    public int BatchSize { get; set; } = 1000;

    /// <summary>Attempts of one batch that SendGrid refused as temporary (429, 5xx) before it is marked failed.</summary>
    [Range(1, 100)]
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first wait after a temporary refusal without <c>Retry-After</c>; doubled at each attempt.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00")]
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>The longest wait between attempts, <c>Retry-After</c> included.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "1.00:00:00")]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// A wait up to this long is slept in the function; a longer one ends the run and puts the send back
    /// on the queue, invisible until then, so no function instance idles for minutes.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:05:00")]
    public TimeSpan MaxInlineDelay { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>
    /// How long a batch marked "sending" belongs to the run that marked it; past it, the run is presumed
    /// dead and the batch's outcome unknown. Longer than <see cref="Email.SendGridOptions.RequestTimeout"/>
    /// (checked at start), so that a live run still waiting for SendGrid's answer never sees its batch
    /// declared unknown.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:02", "01:00:00")]
    public TimeSpan Lease { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>A send with work overdue by this much has lost its queue message; the scheduler puts a new one.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "1.00:00:00")]
    public TimeSpan StallAfter { get; set; } = TimeSpan.FromMinutes(10);
}
