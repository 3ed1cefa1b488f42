namespace PauseIA.Media.Inquiries;

/// <summary>The journalist's deadline, with the words they used ("bouclage ce soir à 18h") and the time zone they meant.</summary>
public sealed record InquiryDeadline(DateTimeOffset Utc, string Phrase, string TimeZone);
