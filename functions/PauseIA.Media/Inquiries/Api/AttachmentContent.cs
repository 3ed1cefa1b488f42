namespace PauseIA.Media.Inquiries.Api;

/// <summary>An attachment's bytes, to serve as a download.</summary>
public sealed record AttachmentContent(string FileName, byte[] Content);
