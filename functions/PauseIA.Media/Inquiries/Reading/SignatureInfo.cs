namespace PauseIA.Media.Inquiries.Reading;

// TEMP stand-in: the reading helper's real type replaces this file.
public sealed record SignatureInfo(string? Name, string? Title, string? Outlet, string? Phone);
