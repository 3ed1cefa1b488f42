using System.Globalization;
using System.Text.RegularExpressions;
using MimeKit.Utils;

namespace PauseIA.Media.Inquiries.Reading;

/// <summary>
/// The date line of a forward header, as mail clients print it: RFC 5322 (<c>Thu, 3 Dec 2026 10:12:31 +0100</c>),
/// Outlook (<c>jeudi 3 décembre 2026 10:12</c>, <c>Thursday, December 3, 2026 10:12 AM</c>), Gmail
/// (<c>jeu. 3 déc. 2026 à 10:12</c>, <c>Thu, Dec 3, 2026 at 10:12 AM</c>), Apple Mail (<c>3 December 2026 at 10:12:31 CET</c>).
/// Without a stated offset the time is Paris time, where the press team reads its mail.
/// </summary>
internal static partial class ForwardedDate
{
    private static readonly CultureInfo[] Cultures = [CultureInfo.GetCultureInfo("fr-FR"), CultureInfo.GetCultureInfo("en-US"), CultureInfo.GetCultureInfo("en-GB")];

    private static readonly string[] Formats =
    [
        "d MMMM yyyy H:mm", "d MMMM yyyy H:mm:ss", "d MMM yyyy H:mm", "d MMM yyyy H:mm:ss",
        "MMMM d yyyy h:mm tt", "MMMM d yyyy h:mm:ss tt", "MMM d yyyy h:mm tt", "MMM d yyyy h:mm:ss tt",
        "d MMMM yyyy h:mm tt", "d MMMM yyyy h:mm:ss tt", "d MMM yyyy h:mm tt", "MMMM d yyyy H:mm", "MMM d yyyy H:mm",
        "d/M/yyyy H:mm", "d/M/yyyy H:mm:ss", "d/M/yyyy h:mm tt", "yyyy-MM-dd H:mm", "yyyy-MM-dd H:mm:ss", "d.M.yyyy H:mm",
    ];

    public static DateTimeOffset? Parse(string value)
    {
        var text = value.Trim();
        if (text.Length is 0 or > 120)
        {
            return null;
        }

        if (Rfc5322().IsMatch(text) && DateUtils.TryParse(text, out var rfc))
        {
            return rfc;
        }

        var zone = TrailingZone().Match(text);
        var local = Normalise(zone.Success ? text[..zone.Index] : text);
        foreach (var culture in Cultures)
        {
            if (DateTime.TryParseExact(local, Formats, culture, DateTimeStyles.AllowWhiteSpaces, out var parsed))
            {
                return Place(parsed, zone.Success ? zone.Value.Trim() : null);
            }
        }

        return null;
    }

    private static string Normalise(string text)
    {
        var withoutWeekday = LeadingWeekday().Replace(text, "");
        var withoutAt = AtWord().Replace(withoutWeekday, " ");
        return Spaces().Replace(withoutAt.Replace(",", " ", StringComparison.Ordinal), " ").Trim();
    }

    private static DateTimeOffset Place(DateTime local, string? zone)
    {
        if (zone is not null)
        {
            var offset = OffsetDigits().Match(zone);
            if (offset.Success)
            {
                return TimeZones.ToInstant(local, TimeZones.Find(TimeZones.FixedOffsetId(offset.Value)) ?? TimeZoneInfo.Utc);
            }

            var named = DeadlineWords.ZoneAbbreviations.GetValueOrDefault(zone.Trim('(', ')').ToLowerInvariant());
            if (TimeZones.Find(named) is { } found)
            {
                return TimeZones.ToInstant(local, found);
            }
        }

        return TimeZones.ToInstant(local, TimeZones.Default);
    }

    // "Thu, 3 Dec 2026 10:12:31 +0100" or "3 Dec 2026 10:12 +0100": English names with a numeric offset.
    [GeneratedRegex(@"^([A-Za-z]{3},\s*)?\d{1,2}\s+[A-Za-z]{3}\s+\d{4}\s+\d{1,2}:\d{2}(:\d{2})?\s*([+-]\d{4}|GMT|UT|UTC)", RegexOptions.CultureInvariant)]
    private static partial Regex Rfc5322();

    [GeneratedRegex(@"\s*(\(?(GMT|UTC)\s*[+-]\s*\d{1,2}(:?\d{2})?\)?|[+-]\d{4}|\(?\b(CET|CEST|MEZ|MESZ|GMT|BST|UTC|EST|EDT|PST|PDT|ET|PT|Z)\b\)?)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex TrailingZone();

    [GeneratedRegex(@"[+-]\s*\d{1,2}(:?\d{2})?")]
    private static partial Regex OffsetDigits();

    [GeneratedRegex(@"^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lun|mar|mer|jeu|ven|sam|dim|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)\.?,?\s+(le\s+)?", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingWeekday();

    [GeneratedRegex(@"\s(à|a|at|um)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AtWord();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
