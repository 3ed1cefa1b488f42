namespace PauseIA.Media.Inquiries.Inbound;

/// <summary>The last acknowledgement sent to a sender, to send at most one per sender per window (RFC 3834 §2).</summary>
public sealed record AckMark(DateTimeOffset At, string Reference, string Version);
