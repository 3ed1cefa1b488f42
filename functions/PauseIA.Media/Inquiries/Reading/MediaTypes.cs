namespace PauseIA.Media.Inquiries.Reading;

/// <summary>The media types of the contact list, as the press team names them.</summary>
public static class MediaTypes
{
    public const string Print = "presse écrite";
    public const string Tv = "TV";
    public const string Radio = "radio";
    public const string Web = "web";
    public const string Agency = "agence";

    public static IReadOnlyList<string> All { get; } = [Print, Tv, Radio, Web, Agency];
}
