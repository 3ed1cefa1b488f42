namespace PauseIA.Media.Inquiries.Inbound;

/// <summary>A file part of the Inbound Parse post (<c>attachment1</c>…).</summary>
public sealed record InboundFormFile(string Name, string FileName, string? ContentType, byte[] Content);
