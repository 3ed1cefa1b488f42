using System.Globalization;
using System.Text.RegularExpressions;

namespace PauseIA.Media.Inquiries.Reading;

/// <summary>
/// The French and English words of deadlines, and the one pass that finds them in a folded text
/// (lower case, no accents, one space between words; see <see cref="InquiryText"/>).
/// </summary>
internal static class DeadlineLexicon
{
    private static readonly Dictionary<string, CueRoles> Cues = new()
    {
        ["avant"] = CueRoles.Before, ["before"] = CueRoles.Before, ["d'ici"] = CueRoles.Before, ["d ici"] = CueRoles.Before,
        ["by"] = CueRoles.Before, ["pour"] = CueRoles.Before, ["for"] = CueRoles.Before, ["for our"] = CueRoles.Before,
        ["pour notre"] = CueRoles.Before, ["no later than"] = CueRoles.Before, ["not later than"] = CueRoles.Before,
        ["latest by"] = CueRoles.Before, ["at the latest by"] = CueRoles.Before, ["prior to"] = CueRoles.Before,
        ["due"] = CueRoles.Before, ["due by"] = CueRoles.Before, ["in time for"] = CueRoles.Before,
        ["au plus tard"] = CueRoles.Before | CueRoles.After, ["at the latest"] = CueRoles.After, ["at the very latest"] = CueRoles.After,
        ["latest"] = CueRoles.After, ["dernier delai"] = CueRoles.After, ["dernier carat"] = CueRoles.After,
        ["grand maximum"] = CueRoles.After, ["grand max"] = CueRoles.After, ["maximum"] = CueRoles.After, ["max"] = CueRoles.After,
        ["imperativement"] = CueRoles.After, ["sans faute"] = CueRoles.After,
        ["deadline"] = CueRoles.Near | CueRoles.NearAfter, ["deadlines"] = CueRoles.Near, ["bouclage"] = CueRoles.Near | CueRoles.NearAfter,
        ["boucle"] = CueRoles.Near, ["bouclons"] = CueRoles.Near, ["boucler"] = CueRoles.Near, ["bouclerai"] = CueRoles.Near,
        ["date limite"] = CueRoles.Near | CueRoles.NearAfter, ["heure limite"] = CueRoles.Near | CueRoles.NearAfter,
        ["delai"] = CueRoles.Near, ["closing"] = CueRoles.Near, ["cut-off"] = CueRoles.Near, ["cutoff"] = CueRoles.Near,
        ["cut off"] = CueRoles.Near, ["filing"] = CueRoles.Near, ["file"] = CueRoles.Near, ["go to print"] = CueRoles.Near,
        ["go to press"] = CueRoles.Near, ["besoin"] = CueRoles.Near, ["need"] = CueRoles.Near, ["needs"] = CueRoles.Near,
        ["needed"] = CueRoles.Near, ["repondre"] = CueRoles.Near, ["reponse"] = CueRoles.Near, ["reply"] = CueRoles.Near,
        ["respond"] = CueRoles.Near, ["response"] = CueRoles.Near, ["confirmer"] = CueRoles.Near, ["confirmation"] = CueRoles.Near,
        ["confirm"] = CueRoles.Near, ["revenir vers moi"] = CueRoles.Near, ["me revenir"] = CueRoles.Near,
        ["get back to me"] = CueRoles.Near, ["hear back"] = CueRoles.Near, ["hear from you"] = CueRoles.Near,
    };

    private static readonly Dictionary<string, int> RelativeDays = new()
    {
        ["apres-demain"] = 2, ["apres demain"] = 2, ["the day after tomorrow"] = 2, ["day after tomorrow"] = 2,
        ["aujourd'hui"] = 0, ["aujourd hui"] = 0, ["aujourdhui"] = 0, ["today"] = 0,
        ["demain"] = 1, ["tomorrow"] = 1, ["tmrw"] = 1,
    };

    // The time a part of the day stands for is the latest a journalist would still call "that part"
    // in working terms: the end of the morning, the end of the working day, the evening news.
    private static readonly Dictionary<string, PartToken> Parts = BuildParts();

    private static readonly Dictionary<string, DayOfWeek> Weekdays = new()
    {
        ["lundi"] = DayOfWeek.Monday, ["mardi"] = DayOfWeek.Tuesday, ["mercredi"] = DayOfWeek.Wednesday, ["jeudi"] = DayOfWeek.Thursday,
        ["vendredi"] = DayOfWeek.Friday, ["samedi"] = DayOfWeek.Saturday, ["dimanche"] = DayOfWeek.Sunday,
        ["monday"] = DayOfWeek.Monday, ["tuesday"] = DayOfWeek.Tuesday, ["wednesday"] = DayOfWeek.Wednesday, ["thursday"] = DayOfWeek.Thursday,
        ["friday"] = DayOfWeek.Friday, ["saturday"] = DayOfWeek.Saturday, ["sunday"] = DayOfWeek.Sunday,
    };

    // Abbreviations collide with words ("mon", "sat", "mar"), so they only count in front of a date.
    private static readonly Dictionary<string, DayOfWeek> WeekdayAbbreviations = new()
    {
        ["lun"] = DayOfWeek.Monday, ["mar"] = DayOfWeek.Tuesday, ["mer"] = DayOfWeek.Wednesday, ["jeu"] = DayOfWeek.Thursday,
        ["ven"] = DayOfWeek.Friday, ["sam"] = DayOfWeek.Saturday, ["dim"] = DayOfWeek.Sunday,
        ["mon"] = DayOfWeek.Monday, ["tue"] = DayOfWeek.Tuesday, ["tues"] = DayOfWeek.Tuesday, ["wed"] = DayOfWeek.Wednesday,
        ["thu"] = DayOfWeek.Thursday, ["thur"] = DayOfWeek.Thursday, ["thurs"] = DayOfWeek.Thursday, ["fri"] = DayOfWeek.Friday,
        ["sat"] = DayOfWeek.Saturday, ["sun"] = DayOfWeek.Sunday,
    };

    private static readonly Dictionary<string, int> Months = new()
    {
        ["janvier"] = 1, ["janv"] = 1, ["january"] = 1, ["jan"] = 1, ["fevrier"] = 2, ["fevr"] = 2, ["fev"] = 2, ["february"] = 2, ["feb"] = 2,
        ["mars"] = 3, ["march"] = 3, ["mar"] = 3, ["avril"] = 4, ["avr"] = 4, ["april"] = 4, ["apr"] = 4, ["mai"] = 5, ["may"] = 5,
        ["juin"] = 6, ["june"] = 6, ["jun"] = 6, ["juillet"] = 7, ["juil"] = 7, ["july"] = 7, ["jul"] = 7, ["aout"] = 8, ["august"] = 8, ["aug"] = 8,
        ["septembre"] = 9, ["september"] = 9, ["sept"] = 9, ["sep"] = 9, ["octobre"] = 10, ["october"] = 10, ["oct"] = 10,
        ["novembre"] = 11, ["november"] = 11, ["nov"] = 11, ["decembre"] = 12, ["december"] = 12, ["dec"] = 12,
    };

    // Abbreviations are zones only when written in capitals: "est" and "et" are French words.
    private static readonly Dictionary<string, string> ZoneAbbreviations = new()
    {
        ["cet"] = "Europe/Paris", ["cest"] = "Europe/Paris", ["met"] = "Europe/Paris", ["mez"] = "Europe/Berlin",
        ["gmt"] = "Europe/London", ["bst"] = "Europe/London", ["utc"] = "UTC", ["wet"] = "Europe/Lisbon", ["west"] = "Europe/Lisbon",
        ["eet"] = "Europe/Athens", ["eest"] = "Europe/Athens", ["et"] = "America/New_York", ["est"] = "America/New_York",
        ["edt"] = "America/New_York", ["pt"] = "America/Los_Angeles", ["pst"] = "America/Los_Angeles", ["pdt"] = "America/Los_Angeles",
        ["ct"] = "America/Chicago", ["cdt"] = "America/Chicago",
    };

    private static readonly Dictionary<string, string?> ZonePhrases = BuildZonePhrases();

    private static readonly Dictionary<string, int> NumberWords = new()
    {
        ["un"] = 1, ["une"] = 1, ["one"] = 1, ["a"] = 1, ["an"] = 1, ["deux"] = 2, ["two"] = 2, ["trois"] = 3, ["three"] = 3,
        ["quatre"] = 4, ["four"] = 4, ["cinq"] = 5, ["five"] = 5, ["six"] = 6,
    };

    private const string DayNumber = @"(?<d>3[01]|[12][0-9]|0?[1-9])";
    private const string Year = @"(?<y>20[0-9]{2})";
    private const string NotAfterNumber = @"(?<![0-9][:./,])";

    private static readonly string WeekdayWords = Alternation(Weekdays.Keys);
    private static readonly string AnyWeekday = $"(?<wd>{Alternation(Weekdays.Keys.Concat(WeekdayAbbreviations.Keys))})\\.?,?";
    private static readonly string MonthWords = $"(?<mon>{Alternation(Months.Keys)})\\.?";
    private static readonly string NumberWordsPattern = Alternation(NumberWords.Keys);

    private static readonly string Durations =
        $@"(?<prep>dans les|dans|sous les|sous|within the next|within|in the next|over the next|in) (?:(?<n>[0-9]{{1,3}})|(?<nw>{NumberWordsPattern})) ?(?<u>heures?|hours?|hrs?|h|jours?|days?|minutes?|mins?)(?: ?(?<m>[0-5][0-9]))?"
        + $@"|(?<prep>d'ici|d ici) (?:(?<n>[1-5])|(?<nw>une|deux|trois|quatre|cinq|one|two|three|four|five|an)) ?(?<u>heures?|hours?|h)(?: ?(?<m>[0-5][0-9]))?"
        + "|(?<hour>dans l'heure|within the hour|within an hour)";

    private static readonly string Dates =
        $@"(?:{AnyWeekday} )?(?:le |the )?{NotAfterNumber}{DayNumber}(?:er|st|nd|rd|th)? (?:de |of )?{MonthWords}(?:,? {Year})?"
        + $@"|(?:{AnyWeekday} )?{MonthWords} {DayNumber}(?:st|nd|rd|th)?(?:,? {Year})?"
        + $@"|(?:(?<wd>{WeekdayWords}) (?:le )?)?{NotAfterNumber}{DayNumber}/(?<mo>1[0-2]|0?[1-9])(?:/(?<y>(?:20)?[0-9]{{2}}))?(?![/0-9])";

    private static readonly string Times =
        $@"{NotAfterNumber}(?<h>1[0-2]|0?[0-9])(?:[:.](?<m>[0-5][0-9]))? ?(?<ap>a|p)\.?m\.?"
        + $@"|{NotAfterNumber}(?<h>[01]?[0-9]|2[0-4]) ?h(?:eures?)?(?: ?(?<m>[0-5][0-9]))?"
        + $@"|{NotAfterNumber}(?<h>[01]?[0-9]|2[0-4]):(?<m>[0-5][0-9])(?!:?[0-9])"
        + "|(?<noon>12 noon|midi|noon|midday|lunchtime|lunch time|l'heure du dejeuner|heure du dejeuner)"
        + "|(?<midnight>minuit|midnight)";

    private static readonly Regex Scanner = new(
        @"(?<![\p{L}\p{N}])(?:"
        + $"(?<duration>{Durations})"
        + $"|(?<cue>{Alternation(Cues.Keys)})"
        + $"|(?<date>{Dates})"
        + $"|(?<rel>{Alternation(RelativeDays.Keys)})"
        + $"|(?<part>{Alternation(Parts.Keys)})"
        + $"|(?<time>{Times})(?! libre| olympique| pyrenees)"
        + $"|(?<weekday>{WeekdayWords})(?: prochain| suivant)?"
        + $"|(?<zone>{Alternation(ZonePhrases.Keys)}|(?<offset>(?:gmt|utc) ?[+-] ?[0-9]{{1,2}}(?::?[0-5][0-9])?)|(?<abbr>{Alternation(ZoneAbbreviations.Keys)}))"
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
            return new CueToken(start, end, Cues[text]);
        }

        if (m.Groups["date"].Success)
        {
            return ToDate(m, start, end);
        }

        if (m.Groups["rel"].Success)
        {
            return new DayToken(start, end, RelativeDays[text], null, null, null, null);
        }

        if (m.Groups["part"].Success)
        {
            return Parts[text] with { Start = start, End = end };
        }

        if (m.Groups["time"].Success)
        {
            return ToTime(m, start, end);
        }

        if (m.Groups["weekday"].Success)
        {
            return new DayToken(start, end, null, Weekdays[text.Split(' ')[0]], null, null, null);
        }

        return ToZone(m, start, end, original);
    }

    private static DurationToken? ToDuration(Match m, int start, int end)
    {
        if (m.Groups["hour"].Success)
        {
            return new DurationToken(start, end, TimeSpan.FromHours(1), IsDeadlineIdiom: true);
        }

        var count = m.Groups["n"].Success ? int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture) : NumberWords[m.Groups["nw"].Value];
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
        var month = m.Groups["mon"].Success ? Months[m.Groups["mon"].Value.TrimEnd('.')] : int.Parse(m.Groups["mo"].Value, CultureInfo.InvariantCulture);
        int? year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture) : null;
        if (year < 100)
        {
            year += 2000;
        }

        var weekdayText = m.Groups["wd"].Success ? m.Groups["wd"].Value.TrimEnd('.', ',') : null;
        DayOfWeek? weekday = weekdayText is null ? null
            : Weekdays.TryGetValue(weekdayText, out var full) ? full : WeekdayAbbreviations[weekdayText];
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

            return new ZoneToken(start, end, ZoneAbbreviations[m.Value]);
        }

        return new ZoneToken(start, end, ZonePhrases[m.Value]);
    }

    private static Dictionary<string, PartToken> BuildParts()
    {
        var parts = new Dictionary<string, PartToken>();
        void Add(TimeOnly time, DayHalf half, bool today, bool idiom, params string[] words)
        {
            foreach (var word in words)
            {
                parts[word] = new PartToken(0, 0, time, half, today, idiom);
            }
        }

        var noon = new TimeOnly(12, 0);
        var endOfDay = new TimeOnly(18, 0);
        var evening = new TimeOnly(20, 0);
        Add(endOfDay, DayHalf.Afternoon, false, true, "fin de journee", "fin de la journee", "fin de journee de travail", "dans la journee",
            "end of day", "end of the day", "end of the working day", "end of business", "end of the business day", "close of business",
            "close of play", "eod", "cob", "eob");
        Add(endOfDay, DayHalf.Afternoon, true, true, "cette fin de journee");
        Add(noon, DayHalf.Morning, false, false, "fin de matinee", "fin de la matinee", "late morning", "matinee", "matin", "morning");
        Add(new TimeOnly(9, 0), DayHalf.Morning, false, false, "debut de matinee", "early morning", "tot le matin");
        Add(new TimeOnly(14, 0), DayHalf.Afternoon, false, false, "debut d'apres-midi", "debut d'apres midi", "early afternoon");
        Add(endOfDay, DayHalf.Afternoon, false, false, "fin d'apres-midi", "fin d'apres midi", "fin de l'apres-midi", "late afternoon",
            "apres-midi", "apres midi", "aprem", "afternoon");
        Add(new TimeOnly(19, 0), DayHalf.Afternoon, false, false, "debut de soiree", "early evening");
        Add(evening, DayHalf.Afternoon, false, false, "soiree", "soir", "evening");
        Add(noon, DayHalf.Morning, true, false, "ce matin", "cette matinee", "this morning");
        Add(noon, DayHalf.Either, true, false, "ce midi");
        Add(endOfDay, DayHalf.Afternoon, true, false, "cet apres-midi", "cette apres-midi", "cet apres midi", "cet aprem", "this afternoon");
        Add(evening, DayHalf.Afternoon, true, false, "ce soir", "cette soiree", "this evening", "tonight", "tonite");
        return parts;
    }

    private static Dictionary<string, string?> BuildZonePhrases()
    {
        var zones = new Dictionary<string, string?>
        {
            ["heure francaise"] = "Europe/Paris", ["heure de france"] = "Europe/Paris", ["heure fr"] = "Europe/Paris",
            ["french time"] = "Europe/Paris", ["central european time"] = "Europe/Paris", ["central european summer time"] = "Europe/Paris",
            ["heure d'europe centrale"] = "Europe/Paris", ["uk time"] = "Europe/London", ["british time"] = "Europe/London",
            ["heure anglaise"] = "Europe/London", ["heure britannique"] = "Europe/London", ["heure uk"] = "Europe/London",
            ["heure belge"] = "Europe/Brussels", ["heure suisse"] = "Europe/Zurich", ["eastern time"] = "America/New_York",
            ["pacific time"] = "America/Los_Angeles", ["heure du pacifique"] = "America/Los_Angeles", ["heure de l'est"] = "America/New_York",
            ["heure locale"] = null, ["local time"] = null, ["your time"] = null, ["votre heure"] = null,
        };
        (string Id, string French, string English)[] cities =
        [
            ("Europe/Paris", "paris", "paris"), ("Europe/Brussels", "bruxelles", "brussels"), ("Europe/London", "londres", "london"),
            ("Europe/Berlin", "berlin", "berlin"), ("Europe/Madrid", "madrid", "madrid"), ("Europe/Rome", "rome", "rome"),
            ("Europe/Amsterdam", "amsterdam", "amsterdam"), ("Europe/Zurich", "geneve", "geneva"), ("Europe/Zurich", "zurich", "zurich"),
            ("Europe/Lisbon", "lisbonne", "lisbon"), ("Europe/Dublin", "dublin", "dublin"), ("America/New_York", "new york", "new york"),
            ("America/New_York", "washington", "washington"), ("America/Los_Angeles", "san francisco", "san francisco"),
            ("America/Los_Angeles", "los angeles", "los angeles"), ("America/Toronto", "montreal", "montreal"),
            ("America/Toronto", "toronto", "toronto"), ("Asia/Tokyo", "tokyo", "tokyo"), ("Asia/Singapore", "singapour", "singapore"),
            ("Asia/Hong_Kong", "hong kong", "hong kong"),
        ];
        foreach (var (id, french, english) in cities)
        {
            zones[$"heure de {french}"] = id;
            zones[$"{english} time"] = id;
            zones[$"{french} time"] = id;
        }

        return zones;
    }

    // Longest first, so that "au plus tard" is not read as a shorter word of the list.
    private static string Alternation(IEnumerable<string> words) =>
        string.Join('|', words.Distinct().OrderByDescending(w => w.Length).Select(w => Regex.Escape(w).Replace("\\ ", " ", StringComparison.Ordinal)));
}
