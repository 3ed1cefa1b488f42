namespace PauseIA.Media.Inquiries;

public enum InquiryPriority
{
    Normal,
    High,
}
