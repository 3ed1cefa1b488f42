namespace PauseIA.Media.Inquiries;

/// <summary>What a message of the thread is.</summary>
public enum InquiryMessageKind
{
    /// <summary>The email that opened the inquiry.</summary>
    Inquiry,

    /// <summary>The journalist wrote again in the thread.</summary>
    JournalistReply,

    /// <summary>A team member wrote in the thread from their own mailbox.</summary>
    TeamEmail,

    Acknowledgement,

    /// <summary>An answer sent from the console.</summary>
    Reply,

    Statement,
}
