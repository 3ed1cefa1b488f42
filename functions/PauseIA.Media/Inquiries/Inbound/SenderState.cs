namespace PauseIA.Media.Inquiries.Inbound;

/// <summary>What the log holds for a sender and one email: that email's record if already filed, and the last acknowledgement.</summary>
public sealed record SenderState(InboundRecord? Existing, AckMark? LastAck);
