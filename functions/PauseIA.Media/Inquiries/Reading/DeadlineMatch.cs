namespace PauseIA.Media.Inquiries.Reading;

/// <summary>
/// A journalist's deadline: the instant (UTC), the words it was read from (as they appear in the mail,
/// white space shown as single spaces) and the IANA time zone it was resolved in.
/// </summary>
public sealed record DeadlineMatch(DateTimeOffset Utc, string Phrase, string TimeZone);
