namespace PauseIA.Media.Inquiries.Processing;

/// <summary>The reference an email's inquiry gets, whether it is acknowledged, and whether an earlier attempt had claimed it already.</summary>
public sealed record InquiryClaim(string Reference, bool Acknowledge, bool Resumed);
