namespace PauseIA.Media.Inquiries.Api;

/// <summary><c>POST …/notes</c>: an internal note, never sent.</summary>
public sealed record AddInquiryNote(string Text);
