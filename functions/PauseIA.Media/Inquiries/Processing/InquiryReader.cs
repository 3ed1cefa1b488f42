using Microsoft.Extensions.Options;
using PauseIA.Media.Contacts;
using PauseIA.Media.Email;
using PauseIA.Media.Identity;
using PauseIA.Media.Inquiries.Mail;
using PauseIA.Media.Inquiries.Reading;

namespace PauseIA.Media.Inquiries.Processing;

/// <summary>
/// Reads an inquiry with the reading helpers: a forward from one of ours (a team member, from their
/// team address or another they listed, or anyone on our own domains) is attributed to the
/// journalist it forwards, through forwards of forwards; then language, deadline, urgency, outlet
/// (address, then signature) and city (the outlet's when it has a local lead, else one named in the text).
/// </summary>
public sealed class InquiryReader(
    TeamDirectory team,
    IOptions<MailOptions> mail,
    ForwardedInquiryReader forwards,
    LanguageDetector languages,
    DeadlineReader deadlines,
    UrgencyAssessor urgency,
    OutletDirectory outlets,
    SignatureReader signatures,
    CityFinder cities,
    IOptions<InquiriesOptions> options)
{
    public InquiryFacts Read(InboundEmail email, IEnumerable<string> knownCities)
    {
        var sender = email.From ?? new MailAddress(email.SenderAddress);
        var forwarded = IsOurs(sender.Email) ? forwards.Read(email.Subject, email.Text) : null;
        for (var depth = 0; forwarded is not null && IsOurs(forwarded.FromEmail) && depth < MaxForwardDepth; depth++)
        {
            // A colleague's forward, forwarded again: the journalist is further in.
            forwarded = forwards.Read(forwarded.Subject, forwarded.Body);
        }

        if (forwarded is not null && (!forwarded.FromEmail.Contains('@', StringComparison.Ordinal) || IsOurs(forwarded.FromEmail)))
        {
            forwarded = null;
        }

        var journalist = forwarded is null ? sender : new MailAddress(forwarded.FromEmail.Trim().ToLowerInvariant(), Blank(forwarded.FromName));
        var subject = forwarded?.Subject ?? email.Subject;
        var body = forwarded?.Body ?? email.Text;
        // No mail is written after it reaches us: a Date ahead of arrival is a wrong clock or a forgery,
        // and would carry "demain" or "EOD" as far out as it claims.
        var claimed = forwarded?.SentAt ?? email.SentAt ?? email.ReceivedAt;
        var sentAt = claimed > email.ReceivedAt ? email.ReceivedAt : claimed;

        var language = languages.Detect(subject, body) == "en" ? "en" : "fr";
        var deadline = deadlines.Read(subject, body, sentAt, options.Value.TimeZone);
        var priorityHeader = email.Headers.Get("X-Priority") ?? email.Headers.Get("Priority") ?? email.Headers.Get("X-MSMail-Priority");
        var assessment = urgency.Assess(subject, body, email.Headers.Get("Importance"), priorityHeader, deadline, email.ReceivedAt);
        var signature = signatures.Read(body, outlets);
        var outlet = outlets.FindByEmail(journalist.Email) ?? (signature.Outlet is { } name ? outlets.FindByName(name) : null);
        journalist = journalist with { Name = Blank(journalist.Name) ?? Blank(signature.Name) };

        var leadCities = knownCities.ToList();
        var (city, source) = outlet?.City is { } outletCity && leadCities.Any(c => TextFold.Same(c, outletCity))
            ? (outletCity, outlet.Domain)
            : cities.Find($"{subject}\n{body}", leadCities) is { } named
                ? (named, "citée dans le message")
                : (outlet?.City, outlet?.Domain);

        return new InquiryFacts(
            journalist,
            forwarded is null ? null : team.FindByAnyAddress(sender.Email)?.Email ?? sender.Email,
            subject,
            body,
            language,
            deadline is null ? null : new InquiryDeadline(deadline.Utc, deadline.Phrase, deadline.TimeZone),
            assessment,
            outlet is not null
                ? new InquiryOutlet(outlet.Name, outlet.Domain, MediaTypes.FrenchLabel(outlet.MediaType), outlet.City, outlet.Country)
                : signature.Outlet is { } signed ? new InquiryOutlet(signed, null, null, null, null) : null,
            city,
            city is null ? null : source);
    }

    private const int MaxForwardDepth = 3;

    private bool IsOurs(string email) => team.IsTeamAddress(email) || mail.Value.IsOwnDomain(email);

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
