namespace PauseIA.Media.Inquiries.Mail;

/// <summary>An attachment of an inbound email, described; its bytes stay in the archived post (see <c>InboundArchive</c>).</summary>
public sealed record InboundAttachment(int Index, string FileName, string ContentType, long Size, string? ContentId);
