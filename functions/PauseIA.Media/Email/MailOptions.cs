using System.ComponentModel.DataAnnotations;

namespace PauseIA.Media.Email;

/// <summary>Our addresses and how our mail is identified (section <c>Mail</c>).</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    /// <summary>The press inbox: the sender of acknowledgements, replies and statements.</summary>
    [Required, EmailAddress]
    public string PressAddress { get; set; } = "presse@pauseia.fr";

    /// <summary>The display name of every mail we send: one line, since it goes into the From header as it is.</summary>
    [Required, RegularExpression(@"^[^\r\n\0]*$", ErrorMessage = "Mail:PressName must be a single line (no line break).")]
    public string PressName { get; set; } = "Pause IA – Presse";

    /// <summary>Every address of ours that inbound mail may arrive at or come back from (the press address is always included).</summary>
    public List<string> OwnAddresses { get; set; } = [];

    /// <summary>The right-hand side of the Message-IDs we mint; mail that comes back with it is ours.</summary>
    [Required, RegularExpression(@"^[A-Za-z0-9.-]+\.[A-Za-z]{2,}$", ErrorMessage = "Mail:MessageIdDomain must be a domain name such as media.pauseia.fr.")]
    public string MessageIdDomain { get; set; } = "media.pauseia.fr";

    /// <summary>The console's public address, for links in notifications and unsubscribe links.</summary>
    [Required, Url]
    public string PublicBaseUrl { get; set; } = "http://127.0.0.1:7071";

    /// <summary>The association's privacy notice, linked from the first mail to a new contact and from every statement (GDPR art. 14).</summary>
    [Required, Url]
    public string PrivacyNoticeUrl { get; set; } = "https://pauseia.fr/confidentialite";

    /// <summary>The privacy notice in English, linked from what we send in English; without it, <see cref="PrivacyNoticeUrl"/>.</summary>
    [Url]
    public string? PrivacyNoticeUrlEn { get; set; }

    public string PrivacyNoticeUrlFor(string language) =>
        language.StartsWith("en", StringComparison.OrdinalIgnoreCase) && !string.IsNullOrWhiteSpace(PrivacyNoticeUrlEn) ? PrivacyNoticeUrlEn : PrivacyNoticeUrl;

    public IEnumerable<string> AllOwnAddresses() =>
        OwnAddresses.Append(PressAddress).Select(a => a.Trim().ToLowerInvariant()).Distinct();

    /// <summary>
    /// Our own domains: those of the press address and of <see cref="OwnAddresses"/>, and the
    /// Message-ID domain. Whoever writes from one of them, or from a subdomain, is one of ours.
    /// </summary>
    public IEnumerable<string> OwnDomains() =>
        AllOwnAddresses().Select(a => a[(a.LastIndexOf('@') + 1)..]).Append(MessageIdDomain.Trim().ToLowerInvariant()).Where(d => d.Length > 0).Distinct();

    public bool IsOwnDomain(string? email)
    {
        var at = email?.LastIndexOf('@') ?? -1;
        var domain = at < 0 ? null : email![(at + 1)..].Trim().TrimEnd('.').ToLowerInvariant();
        return domain is { Length: > 0 } && OwnDomains().Any(d => domain == d || domain.EndsWith("." + d, StringComparison.Ordinal));
    }
}
