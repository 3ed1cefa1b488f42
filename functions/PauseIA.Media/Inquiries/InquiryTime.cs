using System.Globalization;
using Microsoft.Extensions.Options;

namespace PauseIA.Media.Inquiries;

/// <summary>Times as the team and journalists read them: in the configured time zone, in their language.</summary>
public sealed class InquiryTime(IOptions<InquiriesOptions> options)
{
    private readonly TimeZoneInfo zone = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    public DateTimeOffset Local(DateTimeOffset at) => TimeZoneInfo.ConvertTime(at, zone);

    /// <summary>« mardi 24 novembre 2026 à 18:00 » or "Tuesday 24 November 2026, 18:00".</summary>
    public string Format(DateTimeOffset at, string language) => language == "en"
        ? Local(at).ToString("dddd d MMMM yyyy, HH:mm", CultureInfo.GetCultureInfo("en-GB")) + $" ({options.Value.TimeZone} time)"
        : Local(at).ToString("dddd d MMMM yyyy 'à' HH:mm", CultureInfo.GetCultureInfo("fr-FR")) + " (heure de Paris)";

    public int YearOf(DateTimeOffset at) => Local(at).Year;
}
