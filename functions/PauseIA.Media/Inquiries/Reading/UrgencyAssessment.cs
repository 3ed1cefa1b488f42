namespace PauseIA.Media.Inquiries.Reading;

/// <summary>Whether an inquiry is urgent, and why (French / English, reasons joined by "; "), null when it is not.</summary>
public sealed record UrgencyAssessment(bool Urgent, string? Reason)
{
    public static UrgencyAssessment NotUrgent { get; } = new(false, null);
}
