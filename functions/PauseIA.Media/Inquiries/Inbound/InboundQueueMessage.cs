namespace PauseIA.Media.Inquiries.Inbound;

/// <summary>
/// What the webhook queues for the processor: the archived post's key and when it arrived, and, for a
/// post small enough (<see cref="MaxInlineBytes"/>), the post itself, exactly as archived, so that most
/// mail is processed without reading the archive back.
/// </summary>
public sealed record InboundQueueMessage(string Key, DateTimeOffset ReceivedAt, string? ContentType = null, byte[]? Post = null)
{
    /// <summary>
    /// A queue message holds 64 KiB; the post goes in as Base64 inside JSON, itself Base64-encoded by the
    /// queue (4/3 twice), which leaves room for 32 KiB: a plain-text or simple HTML email.
    /// </summary>
    public const int MaxInlineBytes = 32 * 1024;
}
