namespace PauseIA.Media.Inquiries;

/// <summary>The journalist's outlet as read from their address or signature.</summary>
public sealed record InquiryOutlet(string Name, string? Domain, string? MediaType, string? City, string? Country);
