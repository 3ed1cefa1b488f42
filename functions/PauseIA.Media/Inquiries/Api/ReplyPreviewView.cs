namespace PauseIA.Media.Inquiries.Api;

/// <summary>A reply as it would leave: the subject, the plain-text part and the sanitized HTML part.</summary>
public sealed record ReplyPreviewView(string Subject, string Text, string Html);
