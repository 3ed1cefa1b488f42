namespace PauseIA.Media.Statements.Rendering;

/// <summary>The association's clock: embargoes are written and shown in Paris time.</summary>
internal static class ParisTime
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    public static DateTime ToParis(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;
}
