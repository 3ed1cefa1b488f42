namespace PauseIA.Media.Inquiries.Api;

/// <summary>
/// The filters of <c>GET /api/inquiries</c>: <c>status</c> (a status name such as <c>closed</c>, read by
/// <see cref="InquiryQueries"/>), <c>assignee</c>, <c>mine</c>, <c>urgent</c>, <c>overdue</c>.
/// </summary>
public sealed record InquiryQuery(string? Status = null, string? Assignee = null, bool Mine = false, bool? Urgent = null, bool Overdue = false);
