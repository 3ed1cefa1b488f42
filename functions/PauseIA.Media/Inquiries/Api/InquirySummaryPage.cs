namespace PauseIA.Media.Inquiries.Api;

/// <summary>A page of the inquiries list and the token of the next one (null on the last page).</summary>
public sealed record InquirySummaryPage(IReadOnlyList<InquirySummaryView> Items, string? Continuation);
