namespace PauseIA.Media.Inquiries.Reading;

/// <summary>
/// Adjacent tokens that make one time expression (<c>demain</c> + <c>matin</c>, <c>3pm</c> + <c>CET</c> +
/// <c>tomorrow</c> + <c>(Thursday)</c>), and how it resolves to an instant.
/// </summary>
internal sealed class DeadlineGroup(DeadlineToken first, int firstIndex)
{
    /// <summary>A day named without an hour ends with the working day.</summary>
    private static readonly TimeOnly EndOfWorkingDay = new(18, 0);

    private readonly List<DayToken> days = first is DayToken day ? [day] : [];
    private bool endsWithDay = first is DayToken;

    public int FirstIndex { get; } = firstIndex;

    public int LastIndex { get; private set; } = firstIndex;

    public int Start { get; } = first.Start;

    public int End { get; private set; } = first.End;

    public TimeToken? Time { get; private set; } = first as TimeToken;

    public PartToken? Part { get; private set; } = first as PartToken;

    public ZoneToken? Zone { get; private set; }

    public DurationToken? Duration { get; } = first as DurationToken;

    /// <summary>A cue inside the expression: <c>demain avant 10h</c>.</summary>
    public bool HasInnerCue { get; set; }

    /// <summary>Some phrases are deadlines whatever precedes them: <c>end of day</c>, <c>sous 24h</c>.</summary>
    public bool IsDeadlineIdiom => Part?.IsDeadlineIdiom == true || Duration?.IsDeadlineIdiom == true;

    public static bool CanStartWith(DeadlineToken token) => token is DayToken or PartToken or TimeToken or DurationToken;

    public bool HasDayOnly => days.Count > 0 && Time is null && Part is null;

    /// <summary>Adds the next token if it completes the expression (one time, one part, one zone, two days in a row at most).</summary>
    public bool TryAdd(DeadlineToken token, int index)
    {
        if (!Accepts(token))
        {
            return false;
        }

        switch (token)
        {
            case DayToken day:
                days.Add(day);
                break;
            case TimeToken time:
                Time = time;
                break;
            case PartToken part:
                Part = part;
                break;
            case ZoneToken zone:
                Zone = zone;
                break;
        }

        endsWithDay = token is DayToken;
        LastIndex = index;
        End = token.End;
        return true;
    }

    /// <summary>The instant this expression names, seen from <paramref name="sentAt"/> in <paramref name="zone"/>; null if it names none.</summary>
    public DateTimeOffset? Resolve(DateTimeOffset sentAt, TimeZoneInfo zone)
    {
        if (Duration is not null)
        {
            return sentAt + Duration.Length;
        }

        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(sentAt, zone).DateTime);
        var (time, nextDay) = TimeOfDay();
        DateTimeOffset At(DateOnly date) =>
            TimeZones.ToInstant(date.ToDateTime(time).AddDays(nextDay ? 1 : 0), zone);

        if (days.Count == 0)
        {
            // A time without a day is the next one to come: "avant 9h" written at 15:00 means tomorrow 9:00.
            var sameDay = At(today);
            return Part?.Today == true || sameDay > sentAt ? sameDay : At(today.AddDays(1));
        }

        DateTimeOffset? earliest = null;
        foreach (var day in days)
        {
            var instant = ResolveDay(day, today, sentAt, At);
            if (instant is not null && (earliest is null || instant < earliest))
            {
                earliest = instant;
            }
        }

        return earliest;
    }

    private static DateTimeOffset? ResolveDay(DayToken day, DateOnly today, DateTimeOffset sentAt, Func<DateOnly, DateTimeOffset> at)
    {
        if (day.RelativeDays is { } offset)
        {
            return at(today.AddDays(offset));
        }

        if (day.Day is { } dayOfMonth && day.Month is { } month)
        {
            // A date without a year is the next one to come; a date's weekday, if wrong, is ignored.
            var year = day.Year
                ?? (IsValid(today.Year, month, dayOfMonth) && new DateOnly(today.Year, month, dayOfMonth) >= today ? today.Year : today.Year + 1);

            return IsValid(year, month, dayOfMonth) ? at(new DateOnly(year, month, dayOfMonth)) : null;
        }

        // A weekday is its next occurrence whose time is still to come: "jeudi" written on a Thursday
        // morning about 18:00 is that day, written on Thursday evening it is a week later.
        for (var i = 0; i <= 7; i++)
        {
            var date = today.AddDays(i);
            if (date.DayOfWeek == day.Weekday && at(date) > sentAt)
            {
                return at(date);
            }
        }

        return null;
    }

    private static bool IsValid(int year, int month, int day) =>
        year is >= 1 and <= 9998 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>
    /// The wall-clock time, and whether it falls on the next day (midnight ends the day it is named with).
    /// Without am/pm, 1h–5h are read as the afternoon unless a morning is said: French speakers say
    /// "5h" for 17h, and newsrooms do not set deadlines at 3 a.m.
    /// </summary>
    private (TimeOnly Time, bool NextDay) TimeOfDay()
    {
        if (Time is null)
        {
            return (Part?.Time ?? EndOfWorkingDay, false);
        }

        if (Time.EndOfDay)
        {
            return (new TimeOnly(0, Time.Minute), true);
        }

        var hour = Time.Hour;
        if (Time.Meridiem == 'p' && hour < 12)
        {
            hour += 12;
        }
        else if (Time.Meridiem == 'a' && hour == 12)
        {
            hour = 0;
        }
        else if (Time.Meridiem is null && hour < 12 && (Part?.Half == DayHalf.Afternoon || (hour is >= 1 and <= 5 && Part?.Half != DayHalf.Morning)))
        {
            hour += 12;
        }

        return (new TimeOnly(hour, Time.Minute), false);
    }

    // "demain (jeudi)" names one day twice; "demain 10h, jeudi" starts another expression.
    private bool Accepts(DeadlineToken token) => Duration is null && token switch
    {
        DayToken => days.Count == 0 || (days.Count == 1 && endsWithDay),
        TimeToken => Time is null,
        PartToken => Part is null,
        ZoneToken => Zone is null,
        _ => false,
    };
}
