namespace PauseIA.Media.Tests.Guarantees;

/// <summary>How <see cref="FaultySendGrid"/> answers one request.</summary>
public enum SendGridFault
{
    /// <summary>202: SendGrid took it.</summary>
    None,

    /// <summary>429 with <c>Retry-After</c>: SendGrid did not take it; try later.</summary>
    Throttle,

    /// <summary>500: SendGrid did not take it.</summary>
    ServerError,

    /// <summary>400: SendGrid refuses it for good.</summary>
    Refuse,

    /// <summary>A 202 after the client has given up: SendGrid took it, and the sender cannot know.</summary>
    Hang,
}
