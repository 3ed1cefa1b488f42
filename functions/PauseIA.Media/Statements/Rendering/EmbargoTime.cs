using System.Globalization;
using PauseIA.Media.Common;

namespace PauseIA.Media.Statements.Rendering;

/// <summary>
/// Reads an embargo: ISO 8601 with an offset (<c>2026-12-03T10:00:00+01:00</c>, <c>…Z</c>), or a
/// date and time without one, taken as Paris time (<c>2026-12-03 10:00</c>). A time that does not
/// exist or happens twice in Paris (clock changes) is refused rather than guessed.
/// </summary>
internal static class EmbargoTime
{
    private static readonly string[] LocalFormats = Formats(string.Empty);

    private static readonly string[] OffsetFormats = Formats("zzz");

    private static readonly string[] UtcFormats = Formats("'Z'");

    public static DateTimeOffset Parse(string value)
    {
        var text = value.Trim();
        var invariant = CultureInfo.InvariantCulture;
        if (DateTimeOffset.TryParseExact(text, OffsetFormats, invariant, DateTimeStyles.None, out var withOffset))
        {
            return withOffset;
        }

        if (DateTimeOffset.TryParseExact(text, UtcFormats, invariant, DateTimeStyles.AssumeUniversal, out var utc))
        {
            return utc;
        }

        if (!DateTime.TryParseExact(text, LocalFormats, invariant, DateTimeStyles.None, out var local))
        {
            throw DomainException.BadRequest(
                $"Embargo invalide « {text} » : attendu une date et une heure ISO 8601, par exemple 2026-12-03T10:00+01:00, ou 2026-12-03 10:00 (heure de Paris). "
                + $"/ Invalid embargo \"{text}\": expected an ISO 8601 date and time such as 2026-12-03T10:00+01:00, or 2026-12-03 10:00 (Paris time).");
        }

        if (ParisTime.Zone.IsInvalidTime(local))
        {
            throw DomainException.BadRequest(
                $"L'heure d'embargo {text} n'existe pas à Paris (passage à l'heure d'été). / The embargo time {text} does not exist in Paris (clocks go forward).");
        }

        if (ParisTime.Zone.IsAmbiguousTime(local))
        {
            throw DomainException.BadRequest(
                $"L'heure d'embargo {text} est ambiguë à Paris (passage à l'heure d'hiver) : précisez le décalage, +01:00 ou +02:00. "
                + $"/ The embargo time {text} is ambiguous in Paris (clocks go back): give the offset, +01:00 or +02:00.");
        }

        return new DateTimeOffset(local, ParisTime.Zone.GetUtcOffset(local));
    }

    private static string[] Formats(string zone) =>
    [
        .. from separator in (string[])["'T'", " "]
           from time in (string[])["HH:mm", "HH:mm:ss", "HH:mm:ss.FFFFFFF"]
           select "yyyy-MM-dd" + separator + time + zone,
    ];
}
