namespace PauseIA.Media.Inquiries.Inbound;

/// <summary>What the webhook did with a post: its key, and whether it was a delivery we already had.</summary>
public sealed record InboundReceipt(string Key, bool Duplicate);
