using System.Globalization;

namespace PauseIA.Media.Statements.Rendering;

/// <summary>
/// « EMBARGO : ne pas publier avant le jeudi 3 décembre 2026 à 10 h 00 (heure de Paris) ». Day and
/// month names are spelt here rather than taken from the culture data, so the line is the same
/// whatever ICU version the host carries.
/// </summary>
internal static class EmbargoLine
{
    private const char NoBreakSpace = '\u00A0';

    private static readonly string[] FrenchDays = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];

    private static readonly string[] FrenchMonths =
        ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

    private static readonly string[] EnglishDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    private static readonly string[] EnglishMonths =
        ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

    public static string Format(DateTimeOffset embargo, string language)
    {
        var paris = ParisTime.ToParis(embargo);
        var invariant = CultureInfo.InvariantCulture;
        if (language == "fr")
        {
            // French writes the first of the month as an ordinal: « le 1er décembre ».
            var day = paris.Day == 1 ? "1er" : paris.Day.ToString(invariant);
            return string.Create(
                invariant,
                $"EMBARGO{NoBreakSpace}: ne pas publier avant le {FrenchDays[(int)paris.DayOfWeek]} {day} {FrenchMonths[paris.Month - 1]} {paris.Year} "
                + $"à {paris.Hour}{NoBreakSpace}h{NoBreakSpace}{paris.Minute:00} (heure de Paris)");
        }

        return string.Create(
            invariant,
            $"EMBARGO: not for publication before {EnglishDays[(int)paris.DayOfWeek]} {paris.Day} {EnglishMonths[paris.Month - 1]} {paris.Year}, "
            + $"{paris.Hour:00}:{paris.Minute:00} Paris time");
    }
}
