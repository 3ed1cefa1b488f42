namespace PauseIA.Media.Inquiries.Inbound;

/// <summary>
/// What the log holds for a sender and one email: that email's record if already filed, the last
/// acknowledgement, and the inquiry the sender opened by answering the statement this email answers.
/// </summary>
public sealed record SenderState(InboundRecord? Existing, AckMark? LastAck, string? StatementInquiry = null);
