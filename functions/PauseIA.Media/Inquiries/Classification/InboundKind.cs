namespace PauseIA.Media.Inquiries.Classification;

/// <summary>What an inbound email is. Only <see cref="Inquiry"/> opens or joins an inquiry and may be acknowledged.</summary>
public enum InboundKind
{
    Inquiry,
    AutoReply,
    Bounce,
    Bulk,
    OwnMail,
    Suspicious,

    /// <summary>A request sent through the <c>mailto:</c> of our List-Unsubscribe header: the sender is opted out.</summary>
    Unsubscribe,
}
