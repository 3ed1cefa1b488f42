namespace PauseIA.Media.Inquiries.Mail;

/// <summary>One recipient of a delivery status notification (RFC 3464) and its status code.</summary>
public sealed record DeliveryFailure(string Recipient, string Status, string? Diagnostic)
{
    /// <summary>A 5.x.x status: the address will never work (RFC 3463).</summary>
    public bool IsPermanent => Status.StartsWith("5.", StringComparison.Ordinal);
}
