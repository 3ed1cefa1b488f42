using System.ComponentModel.DataAnnotations;

namespace PauseIA.Media.Inquiries.Inbound;

/// <summary>The Inbound Parse webhook and what happens to what it receives (section <c>Inbound</c>).</summary>
public sealed class InboundOptions
{
    public const string Section = "Inbound";

    /// <summary>
    /// The shared secret in the URL registered with SendGrid (<c>…/api/inbound/sendgrid?key=…</c>):
    /// Inbound Parse cannot sign its posts, so the URL is the credential. LocalHost uses <c>local-dev-secret</c>.
    /// </summary>
    [Required(ErrorMessage = "Inbound:Secret is missing: set Inbound__Secret to a random string of at least 16 characters, the ?key= of the URL registered with SendGrid Inbound Parse.")]
    [MinLength(16, ErrorMessage = "Inbound:Secret must be at least 16 characters long.")]
    public string Secret { get; set; } = "";

    /// <summary>SendGrid caps a message at 30 MB; its post carries a little more (fields, boundaries).</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public long MaxBodyBytes { get; set; } = 32 * 1024 * 1024;

    /// <summary>SpamAssassin's score above which a mail is suspicious (SpamAssassin's own default threshold is 5).</summary>
    [Range(0, 100)]
    public double SpamScoreThreshold { get; set; } = 5.0;

    /// <summary>How long archived raw emails are kept before the retention timer deletes them.</summary>
    [Range(1, 120)]
    public int RetentionMonths { get; set; } = 24;
}
