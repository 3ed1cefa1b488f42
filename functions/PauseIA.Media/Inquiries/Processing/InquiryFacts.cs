using PauseIA.Media.Email;
using PauseIA.Media.Inquiries.Reading;

namespace PauseIA.Media.Inquiries.Processing;

/// <summary>What the email tells about the inquiry: who really asks (through a forward too), in which language, by when, from which outlet and city.</summary>
public sealed record InquiryFacts(
    MailAddress Journalist,
    string? ForwardedBy,
    string Subject,
    string Body,
    string Language,
    InquiryDeadline? Deadline,
    UrgencyAssessment Urgency,
    InquiryOutlet? Outlet,
    string? City,
    string? CitySource);
