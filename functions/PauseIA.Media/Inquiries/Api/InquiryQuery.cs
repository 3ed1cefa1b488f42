namespace PauseIA.Media.Inquiries.Api;

/// <summary>
/// The filters of <c>GET /api/inquiries</c>: <c>status</c> (a status name such as <c>closed</c>, read by
/// <see cref="InquiryQueries"/>), <c>assignee</c>, <c>mine</c>, <c>urgent</c>, <c>overdue</c>, <c>closed</c> (false: the open ones, the inbox; true: the closed ones; none: both), and its paging:
/// <c>limit</c> and the <c>continuation</c> the previous page returned.
/// </summary>
public sealed record InquiryQuery(
    string? Status = null,
    string? Assignee = null,
    bool Mine = false,
    bool? Urgent = null,
    bool Overdue = false,
    bool? Closed = null,
    int Limit = InquiryQuery.DefaultLimit,
    string? Continuation = null)
{
    public const int DefaultLimit = 100;

    public const int MaxLimit = 500;
}
