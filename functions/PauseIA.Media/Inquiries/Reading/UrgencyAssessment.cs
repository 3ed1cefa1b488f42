namespace PauseIA.Media.Inquiries.Reading;

// TEMP stand-in: the reading helper's real type replaces this file.
public sealed record UrgencyAssessment(bool Urgent, string? Reason);
