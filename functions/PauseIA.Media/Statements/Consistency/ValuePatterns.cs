using System.Globalization;
using System.Text.RegularExpressions;

namespace PauseIA.Media.Statements.Consistency;

/// <summary>
/// How French and English write dates, times and numbers, as patterns that yield comparable keys:
/// « 1er décembre » and "1 December" are <c>12-01</c>, « 14 h 30 » and "2:30 pm" are <c>14:30</c>,
/// « 12,5 % » and "12.5%" are <c>12.5 %</c>, « 1 000 » and "1,000" are <c>1000</c>,
/// « 1,5 milliard » and "1.5 billion" are <c>1500000000</c>. Numeric dates are read day first
/// (<c>03/12/2026</c>), as in French and British usage.
/// </summary>
internal static partial class ValuePatterns
{
    private const string Space = @"[ \u00A0\u202F]";

    private static readonly Dictionary<string, int> Months = new(StringComparer.OrdinalIgnoreCase)
    {
        ["janvier"] = 1, ["janv"] = 1, ["février"] = 2, ["fevrier"] = 2, ["févr"] = 2, ["fevr"] = 2, ["mars"] = 3, ["avril"] = 4, ["avr"] = 4,
        ["mai"] = 5, ["juin"] = 6, ["juillet"] = 7, ["juil"] = 7, ["août"] = 8, ["aout"] = 8, ["septembre"] = 9, ["octobre"] = 10,
        ["novembre"] = 11, ["décembre"] = 12, ["decembre"] = 12, ["déc"] = 12,
        ["january"] = 1, ["jan"] = 1, ["february"] = 2, ["feb"] = 2, ["march"] = 3, ["mar"] = 3, ["april"] = 4, ["apr"] = 4,
        ["may"] = 5, ["june"] = 6, ["jun"] = 6, ["july"] = 7, ["jul"] = 7, ["august"] = 8, ["aug"] = 8, ["september"] = 9, ["sep"] = 9,
        ["sept"] = 9, ["october"] = 10, ["oct"] = 10, ["november"] = 11, ["nov"] = 11, ["december"] = 12, ["dec"] = 12,
    };

    public static IEnumerable<FoundValue> Emails(string text) =>
        Email().Matches(text).Select(m => new FoundValue(m.Index, m.Length, m.Value));

    /// <summary>
    /// Telephone numbers, compared by their last nine digits: « 06 12 34 56 78 » and "+33 6 12 34 56 78"
    /// are the same line, written nationally and internationally.
    /// </summary>
    public static IEnumerable<FoundValue> Phones(string text)
    {
        foreach (Match m in Phone().Matches(text))
        {
            var digits = new string(m.Value.Where(char.IsAsciiDigit).ToArray());
            yield return new FoundValue(m.Index, m.Length, $"tel:{digits[^Math.Min(9, digits.Length)..]}");
        }
    }

    public static IEnumerable<FoundValue> Dates(string text, bool english)
    {
        var patterns = english ? [EnglishDayMonth(), EnglishMonthDay(), IsoDate(), NumericDate(), EnglishMonthYear()] : new[] { FrenchDate(), IsoDate(), NumericDate(), FrenchMonthYear() };
        foreach (var pattern in patterns)
        {
            foreach (Match m in pattern.Matches(text))
            {
                var month = m.Groups["m"].Success ? MonthOf(m.Groups["m"].Value) : 0;
                var day = m.Groups["d"].Success ? int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture) : 0;
                var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : (int?)null;
                year = year < 100 ? 2000 + year : year;
                if (month is < 1 or > 12 || day > 31 || (day == 0 && m.Groups["d"].Success))
                {
                    continue;
                }

                var key = day == 0
                    ? string.Create(CultureInfo.InvariantCulture, $"{year:D4}-{month:D2}")
                    : string.Create(CultureInfo.InvariantCulture, $"{month:D2}-{day:D2}{(year is null ? "" : $"-{year:D4}")}");
                yield return new FoundValue(m.Index, m.Length, key, day == 0 ? null : string.Create(CultureInfo.InvariantCulture, $"{month:D2}-{day:D2}"));
            }
        }
    }

    public static IEnumerable<FoundValue> Times(string text, bool english)
    {
        var patterns = english ? [EnglishTime(), ClockTime()] : new[] { FrenchTime(), ClockTime() };
        foreach (var pattern in patterns)
        {
            foreach (Match m in pattern.Matches(text))
            {
                var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
                var minute = m.Groups["mi"].Success ? int.Parse(m.Groups["mi"].Value, CultureInfo.InvariantCulture) : 0;
                if (m.Groups["ap"].Success)
                {
                    // 12 am is midnight, 12 pm is noon.
                    hour = (hour % 12) + (char.ToLowerInvariant(m.Groups["ap"].Value[0]) == 'p' ? 12 : 0);
                }

                yield return new FoundValue(m.Index, m.Length, string.Create(CultureInfo.InvariantCulture, $"{hour:D2}:{minute:D2}"));
            }
        }
    }

    public static IEnumerable<FoundValue> Numbers(string text, bool english)
    {
        foreach (Match m in (english ? EnglishNumber() : FrenchNumber()).Matches(text))
        {
            var digits = m.Groups["int"].Value.Where(char.IsAsciiDigit).ToArray();
            var fraction = m.Groups["frac"].Success ? m.Groups["frac"].Value[1..] : "";
            var value = decimal.Parse($"{new string(digits)}{(fraction.Length > 0 ? "." + fraction : "")}", NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);
            value *= Scale(m.Groups["scale"].Value.Trim().ToLowerInvariant(), english);
            var percent = m.Groups["pct"].Success && m.Groups["pct"].Value.Trim().Length > 0;
            yield return new FoundValue(m.Index, m.Length, value.ToString("0.##########", CultureInfo.InvariantCulture) + (percent ? " %" : ""));
        }
    }

    private static int MonthOf(string name) => Months.GetValueOrDefault(name.TrimEnd('.'), 0) is var named and > 0
        ? named
        : int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number : 0;

    /// <summary>A French billion is a thousand of the English one.</summary>
    private static decimal Scale(string word, bool english) => word switch
    {
        "" => 1m,
        "million" or "millions" => 1_000_000m,
        "milliard" or "milliards" or "bn" => 1_000_000_000m,
        "billion" or "billions" => english ? 1_000_000_000m : 1_000_000_000_000m,
        "trillion" or "trillions" => 1_000_000_000_000m,
        _ => 1m,
    };

    private const string FrenchMonths = "janvier|janv\\.?|février|fevrier|févr\\.?|fevr\\.?|mars|avril|avr\\.?|mai|juin|juillet|juil\\.?|août|aout|septembre|sept\\.?|octobre|oct\\.?|novembre|nov\\.?|décembre|decembre|déc\\.?";

    private const string EnglishMonths = "January|Jan\\.?|February|Feb\\.?|March|Mar\\.?|April|Apr\\.?|May|June|Jun\\.?|July|Jul\\.?|August|Aug\\.?|September|Sept\\.?|Sep\\.?|October|Oct\\.?|November|Nov\\.?|December|Dec\\.?";

    private const string FrenchWeekdays = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche";

    private const string EnglishWeekdays = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+", Options)]
    private static partial Regex Email();

    [GeneratedRegex(@"(?<![\p{L}\p{N}+])(?:\+\d{1,3}(?:[ \u00A0.]?\(0\))?(?:[ \u00A0.-]?\d){6,12}|0\d(?:[ \u00A0.]?\d{2}){4})(?![\p{N}])", Options)]
    private static partial Regex Phone();

    [GeneratedRegex($@"(?<![\p{{L}}\p{{N}}])(?:(?:{FrenchWeekdays}){Space}+)?(?<d>\d{{1,2}})(?:er|re)?{Space}+(?<m>{FrenchMonths})(?![\p{{L}}])(?:{Space}+(?<y>\d{{4}})(?!\d))?", Options)]
    private static partial Regex FrenchDate();

    [GeneratedRegex($@"(?<![\p{{L}}\p{{N}}])(?<m>{FrenchMonths})(?![\p{{L}}]){Space}+(?<y>\d{{4}})(?!\d)", Options)]
    private static partial Regex FrenchMonthYear();

    [GeneratedRegex($@"(?<![\p{{L}}\p{{N}}])(?:(?:{EnglishWeekdays}),?{Space}+)?(?:the{Space}+)?(?<d>\d{{1,2}})(?:st|nd|rd|th)?{Space}+(?:of{Space}+)?(?<m>{EnglishMonths})(?![\p{{L}}])(?:,?{Space}+(?<y>\d{{4}})(?!\d))?", Options)]
    private static partial Regex EnglishDayMonth();

    [GeneratedRegex($@"(?<![\p{{L}}\p{{N}}])(?:(?:{EnglishWeekdays}),?{Space}+)?(?<m>{EnglishMonths}){Space}+(?<d>\d{{1,2}})(?:st|nd|rd|th)?(?![\p{{L}}\p{{N}}])(?:,?{Space}+(?<y>\d{{4}})(?!\d))?", Options)]
    private static partial Regex EnglishMonthDay();

    [GeneratedRegex($@"(?<![\p{{L}}\p{{N}}])(?<m>{EnglishMonths})(?![\p{{L}}]){Space}+(?<y>\d{{4}})(?!\d)", Options)]
    private static partial Regex EnglishMonthYear();

    [GeneratedRegex(@"(?<![\p{L}\p{N}/.-])(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})(?![\p{N}])", Options)]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"(?<![\p{L}\p{N}/.])(?<d>\d{1,2})/(?<m>\d{1,2})/(?<y>\d{4}|\d{2})(?![\p{N}/])", Options)]
    private static partial Regex NumericDate();

    /// <summary>« 14 h 30 », « 14h », « 9 h 05 », and « à 14 heures » (without « à », « 2 heures » is a duration, a number).</summary>
    [GeneratedRegex($@"(?<![\p{{L}}\p{{N}}])(?:(?<h>[01]?\d|2[0-3]){Space}?h(?:{Space}?(?<mi>[0-5]\d))?|(?<=(?:à|vers|dès|avant|après|jusqu'à|jusqu’à){Space}+)(?<h>[01]?\d|2[0-3]){Space}+heures?(?:{Space}+(?<mi>[0-5]\d))?)(?![\p{{L}}\p{{N}}])", Options)]
    private static partial Regex FrenchTime();

    [GeneratedRegex($@"(?<![\p{{L}}\p{{N}}])(?<h>1[0-2]|0?[1-9])(?:[:.](?<mi>[0-5]\d))?{Space}?(?<ap>[ap])\.?m\.?(?![\p{{L}}])", Options)]
    private static partial Regex EnglishTime();

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,:])(?<h>[01]?\d|2[0-3]):(?<mi>[0-5]\d)(?![\p{N}:])", Options)]
    private static partial Regex ClockTime();

    [GeneratedRegex($@"(?<![\p{{L}}\p{{N}}.,])(?<int>\d{{1,3}}(?:{Space}\d{{3}})+(?!\d)|\d{{1,3}}(?:\.\d{{3}})+(?![\d.,])|\d+)(?<frac>[.,]\d+)?(?:ᵉ|ème|eme|er|re|e)?(?<scale>{Space}+(?:millions?|milliards?|billions?))?(?<pct>{Space}*(?:%|pour{Space}?cent))?(?![\p{{L}}\p{{N}}])", Options)]
    private static partial Regex FrenchNumber();

    [GeneratedRegex(@"(?<![\p{L}\p{N}.,])(?<int>\d{1,3}(?:,\d{3})+(?![\d])|\d{1,3}(?:[\u00A0\u202F\u2009]\d{3})+(?!\d)|\d+)(?<frac>\.\d+)?(?:st|nd|rd|th)?(?<scale>[ \u00A0]+(?:millions?|billions?|trillions?|bn))?(?<pct>[ \u00A0\u202F]*(?:%|per[ \u00A0]?cent|percent))?(?![\p{L}\p{N}])", Options)]
    private static partial Regex EnglishNumber();
}
