using PauseIA.Media.Contacts;

namespace PauseIA.Media.Inquiries.Reading;

/// <summary>
/// A news outlet: its name, mail domain, media type, city for local media, country (ISO 3166 alpha-2)
/// and language (ISO 639-1).
/// </summary>
public sealed record OutletInfo(string Name, string Domain, MediaType MediaType, string? City, string Country, string Language)
{
    /// <summary>International press, which routing also shows to the Global Communications Director.</summary>
    public bool IsForeign => !string.Equals(Country, "FR", StringComparison.OrdinalIgnoreCase);
}
