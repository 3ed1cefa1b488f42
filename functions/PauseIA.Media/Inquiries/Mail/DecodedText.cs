namespace PauseIA.Media.Inquiries.Mail;

/// <summary>Text decoded from bytes, with what went wrong when the label could not be trusted.</summary>
public sealed record DecodedText(string Text, string? Problem);
