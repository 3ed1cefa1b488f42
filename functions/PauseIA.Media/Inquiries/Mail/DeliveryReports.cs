using MimeKit;
using static PauseIA.Media.Inquiries.Mail.MailParsing;

namespace PauseIA.Media.Inquiries.Mail;

/// <summary>
/// What a delivery status notification (RFC 3464) says, read with MimeKit's <see cref="MessageDeliveryStatus"/>:
/// the recipients that failed, and the Message-ID of the message it returns. Whether the report is
/// believed is the filer's decision.
/// </summary>
internal static class DeliveryReports
{
    public static readonly ContentType DeliveryStatusType = new("message", "delivery-status");

    /// <summary>The failed recipients of each group that names one (the first group is about the message, RFC 3464 §2.2).</summary>
    public static IReadOnlyList<DeliveryFailure> Failures(MessageDeliveryStatus status, ICollection<string> problems)
    {
        var failures = new List<DeliveryFailure>();
        try
        {
            foreach (var group in status.StatusGroups)
            {
                var recipient = Address(group["Final-Recipient"] ?? group["Original-Recipient"]);
                var code = group["Status"]?.Trim().Split(' ', 2)[0];
                var action = group["Action"]?.Trim();
                if (recipient is not null && code is not null && (action is null || action.StartsWith("failed", StringComparison.OrdinalIgnoreCase) || code.StartsWith("5.", StringComparison.Ordinal)))
                {
                    failures.Add(new DeliveryFailure(recipient, code, group["Diagnostic-Code"]?.Trim()));
                }
            }
        }
        catch (FormatException ex)
        {
            problems.Add($"Rapport de non-remise illisible : {ex.Message} / Unreadable delivery status.");
        }

        return failures;
    }

    /// <summary>The report in bytes (a parsed-mode file, or text that holds the groups) as MimeKit's entity.</summary>
    public static MessageDeliveryStatus Load(byte[] content) =>
        (MessageDeliveryStatus)MimeEntity.Load(Options, DeliveryStatusType, new MemoryStream(content, writable: false));

    /// <summary>The Message-ID of the returned message, from its <c>message/rfc822</c> or <c>text/rfc822-headers</c> part.</summary>
    public static string? ReturnedMessageId(HeaderList headers) => MessageIdOf(headers[HeaderId.MessageId]);

    /// <summary>"rfc822; someone@example.org" → the address.</summary>
    private static string? Address(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var semicolon = value.IndexOf(';', StringComparison.Ordinal);
        var address = (semicolon >= 0 ? value[(semicolon + 1)..] : value).Trim().Trim('<', '>').Trim();
        return address.Contains('@', StringComparison.Ordinal) ? address.ToLowerInvariant() : null;
    }
}
