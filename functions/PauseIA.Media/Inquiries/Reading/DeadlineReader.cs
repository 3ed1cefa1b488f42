using System.Globalization;
using System.Text.RegularExpressions;

namespace PauseIA.Media.Inquiries.Reading;

#pragma warning disable CA1822 // Instance methods: the contract the real class keeps.
// TEMP stand-in: understands only an explicit "Deadline: <ISO 8601>" line.
public sealed partial class DeadlineReader
{
    public DeadlineMatch? Read(string subject, string body, DateTimeOffset sentAt, string? defaultTimeZone = null)
    {
        var match = Explicit().Match(body);
        return match.Success && DateTimeOffset.TryParse(match.Groups[1].Value.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.None, out var at)
            ? new DeadlineMatch(at.ToUniversalTime(), match.Value.Trim(), defaultTimeZone ?? "Europe/Paris")
            : null;
    }

    [GeneratedRegex(@"(?im)^\s*Deadline\s*:\s*(.+)$")]
    private static partial Regex Explicit();
}
