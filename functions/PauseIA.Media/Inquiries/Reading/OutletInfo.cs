namespace PauseIA.Media.Inquiries.Reading;

/// <summary>
/// A news outlet: its name, mail domain, media type (one of <see cref="MediaTypes"/>), city for local
/// media, country (ISO 3166 alpha-2) and language (ISO 639-1).
/// </summary>
public sealed record OutletInfo(string Name, string Domain, string MediaType, string? City, string Country, string Language)
{
    /// <summary>International press, which routing also shows to the Global Communications Director.</summary>
    public bool IsForeign => !string.Equals(Country, "FR", StringComparison.OrdinalIgnoreCase);
}
