using Cronos;

namespace PauseIA.Media.LocalHost.Timers;

/// <summary>
/// A six-field NCRONTAB schedule (<c>second minute hour day month day-of-week</c>) in the time zone
/// the host uses: UTC, or <c>WEBSITE_TIME_ZONE</c> when set, as in Azure. Times are the zone's wall
/// clock, as the host keeps them in the schedule status.
/// </summary>
internal sealed class TimerSchedule(CronExpression cron, TimeZoneInfo zone, string expression)
{
    public const string TimeZoneSetting = "WEBSITE_TIME_ZONE";

    public string Expression { get; } = expression;

    /// <summary>The host only keeps a schedule status (for past-due runs) when occurrences are at least a minute apart.</summary>
    public bool IsMonitorable
    {
        get
        {
            var first = cron.GetNextOccurrence(DateTimeOffset.UnixEpoch, zone);
            var second = first is null ? null : cron.GetNextOccurrence(first.Value, zone);
            return second is not null && second - first >= TimeSpan.FromMinutes(1);
        }
    }

    /// <exception cref="LocalHostConfigurationException">Not a six-field expression, or an unknown time zone.</exception>
    public static TimerSchedule Parse(string expression, string? timeZone, string usedBy)
    {
        if (TimeSpan.TryParse(expression, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            throw new LocalHostConfigurationException(
                $"{usedBy}: '{expression}' is a TimeSpan schedule, which Consumption and Flex Consumption plans refuse; write an NCRONTAB expression.");
        }

        TimeZoneInfo zone;
        try
        {
            zone = string.IsNullOrWhiteSpace(timeZone) ? TimeZoneInfo.Utc : TimeZoneInfo.FindSystemTimeZoneById(timeZone);
        }
        catch (TimeZoneNotFoundException ex)
        {
            throw new LocalHostConfigurationException($"{TimeZoneSetting}: unknown time zone '{timeZone}'.", ex);
        }

        try
        {
            return new TimerSchedule(CronExpression.Parse(expression, CronFormat.IncludeSeconds), zone, expression);
        }
        catch (CronFormatException ex)
        {
            throw new LocalHostConfigurationException(
                $"{usedBy}: '{expression}' is not a six-field NCRONTAB expression (second minute hour day month day-of-week): {ex.Message}", ex);
        }
    }

    /// <summary>The first occurrence strictly after <paramref name="instant"/>, or null if there is none.</summary>
    public DateTimeOffset? NextAfter(DateTimeOffset instant) => cron.GetNextOccurrence(instant, zone);

    public DateTime ToWallClock(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, zone).DateTime;

    public DateTimeOffset FromWallClock(DateTime wallClock) =>
        new(DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified), zone.GetUtcOffset(DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified)));
}
