using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;

namespace PauseIA.Media.Inquiries.Reading;

/// <summary>
/// IANA time zones (present on Linux, and mapped by .NET on Windows) and fixed offsets such as
/// <c>UTC+01:00</c>, with wall-clock times turned into instants across daylight-saving changes.
/// </summary>
internal static partial class TimeZones
{
    public const string DefaultId = "Europe/Paris";

    private static readonly ConcurrentDictionary<string, TimeZoneInfo?> Cache = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Paris, where the press office works; without it every deadline would be off by an hour or two.</summary>
    public static TimeZoneInfo Default { get; } = Find(DefaultId)
        ?? throw new InvalidOperationException($"The time zone {DefaultId} is missing: install the IANA time zone data (tzdata).");

    /// <summary>The zone with this id, or null when the system does not know it.</summary>
    public static TimeZoneInfo? Find(string? id)
    {
        if (string.IsNullOrWhiteSpace(id) || id.Length > 64)
        {
            return null;
        }

        return Cache.GetOrAdd(id.Trim(), static key =>
        {
            var offset = FixedOffset().Match(key);
            if (offset.Success)
            {
                var span = new TimeSpan(int.Parse(offset.Groups["h"].Value, CultureInfo.InvariantCulture), int.Parse(offset.Groups["m"].Value, CultureInfo.InvariantCulture), 0);
                span = offset.Groups["sign"].Value == "-" ? -span : span;
                return span.Duration() <= TimeSpan.FromHours(14) ? TimeZoneInfo.CreateCustomTimeZone(key, span, key, key) : null;
            }

            try
            {
                return TimeZoneInfo.FindSystemTimeZoneById(key);
            }
            catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
            {
                return null;
            }
        });
    }

    /// <summary>"+1", "+ 02:00", "-0530" → "UTC+01:00", "UTC+02:00", "UTC-05:30".</summary>
    public static string FixedOffsetId(string written)
    {
        var digits = new string(written.Where(char.IsAsciiDigit).ToArray());
        var sign = written.Contains('-', StringComparison.Ordinal) ? '-' : '+';
        var (hours, minutes) = digits.Length <= 2 ? (digits, "00") : (digits[..^2], digits[^2..]);
        return $"UTC{sign}{int.Parse(hours, CultureInfo.InvariantCulture):00}:{minutes}";
    }

    /// <summary>
    /// The instant of a wall-clock time. In the spring-forward gap the clock shows the first valid
    /// minute after it; in the autumn's repeated hour the first (earlier) instant is taken, since
    /// answering early is never wrong.
    /// </summary>
    public static DateTimeOffset ToInstant(DateTime local, TimeZoneInfo zone)
    {
        local = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        for (var i = 0; i < 16 && zone.IsInvalidTime(local); i++)
        {
            local = local.AddMinutes(15);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    [GeneratedRegex(@"^UTC(?<sign>[+-])(?<h>[01][0-9]):(?<m>[0-5][0-9])$", RegexOptions.CultureInvariant)]
    private static partial Regex FixedOffset();
}
