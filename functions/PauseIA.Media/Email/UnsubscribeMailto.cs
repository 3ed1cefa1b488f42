namespace PauseIA.Media.Email;

/// <summary>
/// The mailto half of our List-Unsubscribe header (RFC 2369), for mail clients that do not do
/// one-click: they mail the press address with this subject, and the inbound classifier turns
/// that mail into an opt-out instead of an inquiry to acknowledge.
/// </summary>
public static class UnsubscribeMailto
{
    public const string Subject = "unsubscribe";

    public static string Uri(string pressAddress) => $"mailto:{pressAddress}?subject={Subject}";
}
