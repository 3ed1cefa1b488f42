using PauseIA.Media.Inquiries.Inbound;

namespace PauseIA.Media.Inquiries;

/// <summary>What the inquiries feature holds about one journalist (GDPR art. 15): their inquiries with every message, and their other mail.</summary>
public sealed record InquiryPersonalDataExport(string Email, IReadOnlyList<InquiryThread> Inquiries, IReadOnlyList<InboundRecord> OtherMail);
