namespace PauseIA.Media.Inquiries.Api;

/// <summary>An attachment to download from <see cref="Url"/> (served as a download, never rendered).</summary>
public sealed record AttachmentView(string Id, string FileName, string ContentType, long Size, string Url);
