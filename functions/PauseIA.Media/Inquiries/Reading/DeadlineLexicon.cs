using System.Globalization;
using System.Text.RegularExpressions;

namespace PauseIA.Media.Inquiries.Reading;

/// <summary>
/// The patterns of deadline phrases, and the one pass that finds their words (<see cref="DeadlineWords"/>) in a folded text
/// (lower case, no accents, one space between words; see <see cref="InquiryText"/>).
/// </summary>
internal static class DeadlineLexicon
{
    private const string DayNumber = @"(?<d>3[01]|[12][0-9]|0?[1-9])";
    private const string Year = @"(?<y>20[0-9]{2})";
    private const string NotAfterNumber = @"(?<![0-9][:./,])";

    private static readonly string WeekdayWords = Alternation(DeadlineWords.Weekdays.Keys);
    private static readonly string AnyWeekday = $"(?<wd>{Alternation(DeadlineWords.Weekdays.Keys.Concat(DeadlineWords.WeekdayAbbreviations.Keys))})\\.?,?";
    private static readonly string MonthWords = $"(?<mon>{Alternation(DeadlineWords.Months.Keys)})\\.?";
    private static readonly string NumberWordsPattern = Alternation(DeadlineWords.NumberWords.Keys);

    private static readonly string Durations =
        $@"(?<prep>dans les|dans|sous les|sous|within the next|within|in the next|over the next|in) (?:(?<n>[0-9]{{1,3}})|(?<nw>{NumberWordsPattern})) ?(?<u>heures?|hours?|hrs?|h|jours?|days?|minutes?|mins?)(?: ?(?<m>[0-5][0-9]))?"
        + $@"|(?<prep>d'ici|d ici) (?:(?<n>[1-5])|(?<nw>une|deux|trois|quatre|cinq|one|two|three|four|five|an)) ?(?<u>heures?|hours?|h)(?: ?(?<m>[0-5][0-9]))?"
        + "|(?<hour>dans l'heure|within the hour|within an hour|in the next hour|within the next hour|in the hour)";

    private static readonly string Dates =
        $@"(?:{AnyWeekday} )?(?:le |the )?{NotAfterNumber}{DayNumber}(?:er|st|nd|rd|th)? (?:de |of )?{MonthWords}(?:,? {Year})?"
        + $@"|(?:{AnyWeekday} )?{MonthWords} {DayNumber}(?:st|nd|rd|th)?(?:,? {Year})?"
        + $@"|(?:(?<wd>{WeekdayWords}) (?:le )?)?{NotAfterNumber}{DayNumber}/(?<mo>1[0-2]|0?[1-9])(?:/(?<y>(?:20)?[0-9]{{2}}))?(?![/0-9])";

    private static readonly string Times =
        $@"{NotAfterNumber}(?<h>1[0-2]|0?[0-9])(?:[:.](?<m>[0-5][0-9]))? ?(?<ap>a|p)\.?m\.?"
        + $@"|{NotAfterNumber}(?<h>[01]?[0-9]|2[0-4]) ?h(?:eures?)?(?: ?(?<m>[0-5][0-9]))?"
        + $@"|{NotAfterNumber}(?<h>[01]?[0-9]|2[0-4]):(?<m>[0-5][0-9])(?!:?[0-9])"
        + "|(?<noon>12 noon|midi|noon|midday|lunchtime|lunch time|l'heure du dejeuner|heure du dejeuner)"
        + "|(?<midnight>minuit|midnight)"
        // "by 5": a bare hour, only right after "by" or "before".
        + @"|(?<=\b(?:by|before) )(?<bare>1[0-2]|[1-9])(?![:.,/][0-9])";

    private static readonly Regex Scanner = new(
        @"(?<![\p{L}\p{N}])(?:"
        + $"(?<duration>{Durations})"
        + $"|(?<cue>{Alternation(DeadlineWords.Cues.Keys)})"
        + $"|(?<date>{Dates})"
        + $"|(?<rel>{Alternation(DeadlineWords.RelativeDays.Keys)})"
        + $"|(?<part>{Alternation(DeadlineWords.Parts.Keys)})"
        + $"|(?<time>{Times})(?! libre| olympique| pyrenees)"
        + $"|(?<weekday>{WeekdayWords})(?: prochain| suivant)?"
        + $"|(?<weekend>{Alternation(DeadlineWords.EndOfWeek)})"
        + $"|(?<zone>{Alternation(DeadlineWords.ZonePhrases.Keys)}|(?<offset>(?:gmt|utc) ?[+-] ?[0-9]{{1,2}}(?::?[0-5][0-9])?)|(?<abbr>{Alternation(DeadlineWords.ZoneAbbreviations.Keys)}))"
        + @")(?![\p{L}\p{N}])",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture | RegexOptions.Compiled);

    /// <summary>The tokens of <paramref name="folded"/>, in order; <paramref name="original"/> tells capitals apart.</summary>
    public static List<DeadlineToken> Tokenize(string folded, string original)
    {
        var tokens = new List<DeadlineToken>();
        foreach (Match match in Scanner.Matches(folded))
        {
            var token = IsEventName(match, folded) ? null : ToToken(match, original);
            if (token is not null)
            {
                tokens.Add(token);
            }
        }

        return tokens;
    }

    // "la soirée de lancement", "la journée d'action": an event, not a time.
    private static bool IsEventName(Match m, string folded) =>
        m.Groups["part"].Success
        && (m.Value.EndsWith("soiree", StringComparison.Ordinal) || m.Value.EndsWith("matinee", StringComparison.Ordinal))
        && EventComplement.IsMatch(folded.AsSpan(m.Index + m.Length));

    private static readonly Regex EventComplement = new(@"^ (?:de |du |d')", RegexOptions.CultureInvariant);

    private static DeadlineToken? ToToken(Match m, string original)
    {
        int start = m.Index, end = m.Index + m.Length;
        var text = m.Value;
        if (m.Groups["duration"].Success)
        {
            return ToDuration(m, start, end);
        }

        if (m.Groups["cue"].Success)
        {
            return new CueToken(start, end, DeadlineWords.Cues[text]);
        }

        if (m.Groups["date"].Success)
        {
            return ToDate(m, start, end);
        }

        if (m.Groups["rel"].Success)
        {
            return new DayToken(start, end, DeadlineWords.RelativeDays[text], null, null, null, null);
        }

        if (m.Groups["part"].Success)
        {
            return DeadlineWords.Parts[text] with { Start = start, End = end };
        }

        if (m.Groups["time"].Success)
        {
            return ToTime(m, start, end);
        }

        if (m.Groups["weekday"].Success)
        {
            return new DayToken(start, end, null, DeadlineWords.Weekdays[text.Split(' ')[0]], null, null, null);
        }

        if (m.Groups["weekend"].Success)
        {
            return new DayToken(start, end, null, DayOfWeek.Friday, null, null, null);
        }

        return ToZone(m, start, end, original);
    }

    private static DurationToken? ToDuration(Match m, int start, int end)
    {
        if (m.Groups["hour"].Success)
        {
            return new DurationToken(start, end, TimeSpan.FromHours(1), IsDeadlineIdiom: true);
        }

        var count = m.Groups["n"].Success ? int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) : DeadlineWords.NumberWords[m.Groups["nw"].Value];
        var unit = m.Groups["u"].Value;
        var length = unit[0] switch
        {
            'j' or 'd' => TimeSpan.FromDays(count),
            'm' => TimeSpan.FromMinutes(count),
            _ => TimeSpan.FromHours(count) + TimeSpan.FromMinutes(m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0),
        };

        // "dans 2 heures" may be when the journalist is free; "sous 24h", "within 2 hours" always set a limit.
        var preposition = m.Groups["prep"].Value;
        var isLimit = preposition is not ("dans" or "in");
        return length <= TimeSpan.FromDays(14) ? new DurationToken(start, end, length, isLimit) : null;
    }

    private static DayToken? ToDate(Match m, int start, int end)
    {
        var day = int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = m.Groups["mon"].Success ? DeadlineWords.Months[m.Groups["mon"].Value.TrimEnd('.')] : int.Parse(m.Groups["mo"].Value, CultureInfo.InvariantCulture);
        int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
        if (year < 100)
        {
            year += 2000;
        }

        var weekdayText = m.Groups["wd"].Success ? m.Groups["wd"].Value.TrimEnd('.', ',') : null;
        DayOfWeek? weekday = weekdayText is null ? null
            : DeadlineWords.Weekdays.TryGetValue(weekdayText, out var full) ? full : DeadlineWords.WeekdayAbbreviations[weekdayText];
        return day <= DateTime.DaysInMonth(year ?? 2024, month) ? new DayToken(start, end, null, weekday, day, month, year) : null;
    }

    private static TimeToken ToTime(Match m, int start, int end)
    {
        if (m.Groups["noon"].Success)
        {
            return new TimeToken(start, end, 12, 0, 'p', EndOfDay: false);
        }

        if (m.Groups["midnight"].Success)
        {
            return new TimeToken(start, end, 0, 0, null, EndOfDay: true);
        }

        if (m.Groups["bare"].Success)
        {
            // "by 5" is 17:00, "by 10" is 10:00: office hours.
            var bare = int.Parse(m.Groups["bare"].Value, CultureInfo.InvariantCulture);
            return new TimeToken(start, end, bare, 0, bare <= 7 ? 'p' : null, EndOfDay: false);
        }

        var hour = int.Parse(m.Groups["h"].Value, CultureInfo.InvariantCulture);
        var minute = m.Groups["m"].Success ? int.Parse(m.Groups["m"].Value, CultureInfo.InvariantCulture) : 0;
        char? meridiem = m.Groups["ap"].Success ? m.Groups["ap"].Value[0] : null;
        return hour == 24 ? new TimeToken(start, end, 0, minute, null, EndOfDay: true) : new TimeToken(start, end, hour, minute, meridiem, EndOfDay: false);
    }

    private static ZoneToken? ToZone(Match m, int start, int end, string original)
    {
        if (m.Groups["offset"].Success)
        {
            return new ZoneToken(start, end, TimeZones.FixedOffsetId(m.Value[3..]));
        }

        if (m.Groups["abbr"].Success)
        {
            var written = original.AsSpan(start, end - start);
            foreach (var c in written)
            {
                if (!char.IsUpper(c))
                {
                    return null;
                }
            }

            return new ZoneToken(start, end, DeadlineWords.ZoneAbbreviations[m.Value]);
        }

        return new ZoneToken(start, end, DeadlineWords.ZonePhrases[m.Value]);
    }

    // Longest first, so that "au plus tard" is not read as a shorter word of the list.
    private static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.Distinct().OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace("\\ ", " ", StringComparison.Ordinal)));
}
