namespace PauseIA.Media.Inquiries.Processing;

/// <summary>
/// The reference an email's inquiry gets, whether it is acknowledged, and whether an earlier attempt
/// had claimed it already; or, with <see cref="Joins"/>, the inquiry the sender opened by answering
/// the same statement before, which this email joins instead.
/// </summary>
public sealed record InquiryClaim(string Reference, bool Acknowledge, bool Resumed, bool Joins = false);
