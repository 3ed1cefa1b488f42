namespace PauseIA.Media.Inquiries.Api;

/// <summary><c>POST …/reply</c>: the answer in Markdown; <see cref="WaitForJournalist"/> when it asks the journalist something back.</summary>
public sealed record ReplyToInquiry(string Markdown, bool WaitForJournalist = false);
