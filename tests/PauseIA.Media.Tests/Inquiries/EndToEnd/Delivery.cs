namespace PauseIA.Media.Tests.Inquiries.EndToEnd;

/// <summary>How an email reaches the press inbox in an end-to-end test.</summary>
public enum Delivery
{
    /// <summary>SendGrid Inbound Parse in raw mode: the whole MIME message in <c>email</c>.</summary>
    Raw,

    /// <summary>SendGrid Inbound Parse in parsed mode: headers, text, html and attachments as fields.</summary>
    Parsed,

    /// <summary>Sent to LocalHost's SMTP listener, which posts it as raw mode would.</summary>
    Smtp,
}
