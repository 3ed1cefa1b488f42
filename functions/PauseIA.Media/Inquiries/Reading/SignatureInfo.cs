namespace PauseIA.Media.Inquiries.Reading;

/// <summary>What a journalist's signature says: name, title, outlet (the directory's name when known) and phone, each when found.</summary>
public sealed record SignatureInfo(string? Name, string? Title, string? Outlet, string? Phone)
{
    public static SignatureInfo Empty { get; } = new(null, null, null, null);
}
