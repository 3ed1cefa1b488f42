namespace PauseIA.Media.Inquiries.Reading;

// TEMP stand-in: the reading helper's real type replaces this file.
public sealed record OutletInfo(string Name, string Domain, string MediaType, string? City, string Country, string Language);
