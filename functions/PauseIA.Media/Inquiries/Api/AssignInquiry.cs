namespace PauseIA.Media.Inquiries.Api;

/// <summary><c>POST …/assign</c>: a team member's email, and optionally the new list of watchers.</summary>
public sealed record AssignInquiry(string Assignee, IReadOnlyList<string>? Watchers = null);
