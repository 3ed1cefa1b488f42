namespace PauseIA.Media.Inquiries.Inbound;

/// <summary>What the webhook queues for the processor: the archived post's key and when it arrived.</summary>
public sealed record InboundQueueMessage(string Key, DateTimeOffset ReceivedAt);
