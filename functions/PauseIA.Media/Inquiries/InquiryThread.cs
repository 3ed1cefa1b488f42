namespace PauseIA.Media.Inquiries;

/// <summary>An inquiry with its messages and timeline, oldest first: one partition read.</summary>
public sealed record InquiryThread(Inquiry Inquiry, IReadOnlyList<InquiryMessage> Messages, IReadOnlyList<InquiryEvent> Events);
