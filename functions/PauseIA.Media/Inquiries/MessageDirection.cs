namespace PauseIA.Media.Inquiries;

public enum MessageDirection
{
    Inbound,
    Outbound,
}
