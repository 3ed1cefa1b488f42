namespace PauseIA.Media.Inquiries.Reading;

// The words of a deadline phrase, as the lexicon finds them in the folded text (Start/End index it).

internal abstract record DeadlineToken(int Start, int End)
{
    public bool IsTemporal => this is not CueToken;
}

[Flags]
internal enum CueRoles
{
    None = 0,

    /// <summary>Right before the expression: <c>avant</c>, <c>d'ici</c>, <c>by</c>, <c>before</c>, <c>pour</c>.</summary>
    Before = 1,

    /// <summary>A few words before: <c>deadline is</c>, <c>mon bouclage est</c>, <c>merci de me répondre</c>.</summary>
    Near = 2,

    /// <summary>Right after: <c>au plus tard</c>, <c>dernier délai</c>, <c>at the latest</c>, <c>max</c>.</summary>
    After = 4,

    /// <summary>A few words after, for the deadline nouns only: <c>18h, c'est notre bouclage</c>.</summary>
    NearAfter = 8,
}

internal sealed record CueToken(int Start, int End, CueRoles Roles) : DeadlineToken(Start, End);

/// <summary>A day: relative (<c>demain</c>), a weekday (<c>jeudi</c>), or a date (<c>4 décembre</c>, <c>4/12</c>).</summary>
internal sealed record DayToken(int Start, int End, int? RelativeDays, DayOfWeek? Weekday, int? Day, int? Month, int? Year)
    : DeadlineToken(Start, End);

internal enum DayHalf
{
    Either,
    Morning,
    Afternoon,
}

/// <summary>A part of the day and the time it stands for (<c>demain matin</c> → 12:00), maybe meaning today (<c>ce soir</c>).</summary>
internal sealed record PartToken(int Start, int End, TimeOnly Time, DayHalf Half, bool Today, bool IsDeadlineIdiom)
    : DeadlineToken(Start, End);

/// <summary>A time of day; <see cref="Meridiem"/> is 'a', 'p' or null; <see cref="EndOfDay"/> for midnight (<c>minuit</c>, <c>24h</c>).</summary>
internal sealed record TimeToken(int Start, int End, int Hour, int Minute, char? Meridiem, bool EndOfDay)
    : DeadlineToken(Start, End);

/// <summary>A stated time zone; null <see cref="TimeZoneId"/> means the default one (<c>heure locale</c>).</summary>
internal sealed record ZoneToken(int Start, int End, string? TimeZoneId) : DeadlineToken(Start, End);

/// <summary>A delay from the sending time (<c>sous 24h</c>, <c>within 2 hours</c>); some are deadlines by themselves.</summary>
internal sealed record DurationToken(int Start, int End, TimeSpan Length, bool IsDeadlineIdiom) : DeadlineToken(Start, End);
