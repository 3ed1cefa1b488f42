namespace PauseIA.Media.Inquiries.Reading;

#pragma warning disable CA1822 // Instance methods: the contract the real class keeps.
// TEMP stand-in: the Importance/X-Priority headers, "urgent" in the subject, or a deadline within six hours.
public sealed class UrgencyAssessor
{
    public UrgencyAssessment Assess(string subject, string body, string? importanceHeader, string? priorityHeader, DeadlineMatch? deadline, DateTimeOffset receivedAt)
    {
        if (string.Equals(importanceHeader?.Trim(), "high", StringComparison.OrdinalIgnoreCase) || priorityHeader?.Trim().StartsWith('1') == true)
        {
            return new UrgencyAssessment(true, "Importance haute");
        }

        if (subject.Contains("urgent", StringComparison.OrdinalIgnoreCase))
        {
            return new UrgencyAssessment(true, "« urgent » dans l'objet");
        }

        return deadline is not null && deadline.Utc - receivedAt < TimeSpan.FromHours(6)
            ? new UrgencyAssessment(true, "Échéance dans moins de 6 heures")
            : new UrgencyAssessment(false, null);
    }
}
