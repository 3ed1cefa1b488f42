using PauseIA.Media.Inquiries.Reading;

namespace PauseIA.Media.Tests.Inquiries.Reading;

public sealed class UrgencyAssessorTests
{
    private static readonly DateTimeOffset ReceivedAt = DateTimeOffset.Parse("2026-11-24T10:00:00+01:00");

    private readonly UrgencyAssessor assessor = new();

    private static DeadlineMatch DeadlineIn(TimeSpan delay) => new(ReceivedAt.ToUniversalTime() + delay, "avant 16h", "Europe/Paris");

    [Fact]
    public void ADeadlineWithinSixHoursIsUrgent()
    {
        var assessment = assessor.Assess("Demande", "Bonjour", null, null, DeadlineIn(TimeSpan.FromMinutes(150)), ReceivedAt);

        Assert.True(assessment.Urgent);
        Assert.Equal("échéance dans 2 h 30 / deadline in 2 h 30", assessment.Reason);
    }

    [Fact]
    public void ADeadlineOfExactlySixHoursIsUrgentAndOneMinuteMoreIsNot()
    {
        Assert.True(assessor.Assess("", "", null, null, DeadlineIn(TimeSpan.FromHours(6)), ReceivedAt).Urgent);
        Assert.Equal(UrgencyAssessment.NotUrgent, assessor.Assess("", "", null, null, DeadlineIn(TimeSpan.FromHours(6) + TimeSpan.FromMinutes(1)), ReceivedAt));
    }

    [Fact]
    public void ADeadlineAlreadyPastWhenTheMailArrivesIsUrgent()
    {
        var assessment = assessor.Assess("", "", null, null, DeadlineIn(TimeSpan.FromMinutes(-5)), ReceivedAt);

        Assert.Equal(new UrgencyAssessment(true, "échéance dépassée / deadline passed"), assessment);
    }

    [Theory]
    [InlineData("URGENT - invitation plateau", "", "« URGENT »")]
    [InlineData("Demande", "C'est urgent, merci.", "« urgent »")]
    [InlineData("Demande", "Une réponse urgente serait appréciée.", "« urgente »")]
    [InlineData("Invitation", "Nous sommes en direct ce soir.", "« en direct »")]
    [InlineData("Invitation", "Would you join our live show?", "« live »")]
    [InlineData("Request", "Please reply ASAP.", "« ASAP »")]
    [InlineData("Demande", "Merci de me répondre au plus vite.", "« au plus vite »")]
    [InlineData("Demande", "Merci de me répondre dès que possible.", "« dès que possible »")]
    [InlineData("Breaking: OpenAI", "Comment?", "« Breaking »")]
    public void AnUrgentWordMakesItUrgent(string subject, string body, string expectedReason)
    {
        Assert.Equal(new UrgencyAssessment(true, expectedReason), assessor.Assess(subject, body, null, null, null, ReceivedAt));
    }

    [Theory]
    [InlineData("Ce n'est pas urgent, répondez quand vous pouvez.")]
    [InlineData("Rien d'urgent, juste une question.")]
    [InlineData("This is not urgent at all.")]
    [InlineData("Pour toute urgence, merci d'écrire à pixels@lemonde.fr.")]
    [InlineData("We live in interesting times; they deliver the paper on Mondays.")]
    [InlineData("Our readers live with AI every day.")]
    [InlineData("Je prépare un article de fond pour le mois prochain.")]
    public void OrdinaryWordsDoNotMakeItUrgent(string body)
    {
        Assert.Equal(UrgencyAssessment.NotUrgent, assessor.Assess("Question", body, null, null, null, ReceivedAt));
    }

    [Fact]
    public void QuotedHistoryDoesNotMakeItUrgent()
    {
        const string body = "Merci pour votre réponse.\n\nLe lun. 23 nov. 2026 à 15:31, Plateau <plateau@bfmtv.com> a écrit :\n> URGENT - en direct ce soir";

        Assert.False(assessor.Assess("Re: invitation", body, null, null, null, ReceivedAt).Urgent);
    }

    [Theory]
    [InlineData("high", null, "Importance: high")]
    [InlineData("High", null, "Importance: high")]
    [InlineData(null, "1", "X-Priority: 1")]
    [InlineData(null, "1 (Highest)", "X-Priority: 1")]
    [InlineData(null, "2 (High)\r\nBcc: x@example.org", "X-Priority: 2")]
    [InlineData(null, "urgent", "Priority: urgent")]
    public void AHighPriorityHeaderMakesItUrgent(string? importance, string? priority, string expectedReason)
    {
        Assert.Equal(new UrgencyAssessment(true, expectedReason), assessor.Assess("Demande", "Bonjour", importance, priority, null, ReceivedAt));
    }

    [Theory]
    [InlineData("normal", "3 (Normal)")]
    [InlineData("low", "5")]
    [InlineData("", "")]
    [InlineData(null, null)]
    public void OrdinaryHeadersDoNotMakeItUrgent(string? importance, string? priority)
    {
        Assert.False(assessor.Assess("Demande", "Bonjour", importance, priority, null, ReceivedAt).Urgent);
    }

    [Fact]
    public void GivesEveryReason()
    {
        var message = InboundSamples.Load("07-fr-tv-urgent.eml");
        var deadline = new DeadlineReader().Read(message.Subject ?? "", message.Body(), message.Date);

        var assessment = assessor.Assess(message.Subject ?? "", message.Body(), message.Headers["Importance"], message.Headers["X-Priority"], deadline, message.Date);

        Assert.Equal("échéance dans 1 h 28 / deadline in 1 h 28; « URGENT »; « en direct »; Importance: high; X-Priority: 1", assessment.Reason);
    }

    [Theory]
    [InlineData("01-fr-national-deadline.eml", true)]
    [InlineData("02-en-international.eml", false)]
    [InlineData("03-fr-local-lyon.eml", false)]
    public void AssessesTheSampleEmails(string file, bool expected)
    {
        var message = InboundSamples.Load(file);
        var deadline = new DeadlineReader().Read(message.Subject ?? "", message.Body(), message.Date);

        Assert.Equal(expected, assessor.Assess(message.Subject ?? "", message.Body(), message.Headers["Importance"], message.Headers["X-Priority"], deadline, message.Date).Urgent);
    }

    [Fact]
    public void NeverThrowsOnOddInput()
    {
        Assert.False(assessor.Assess("\uD800", "\uFFFF\u202E", "\r\n", "\u0000", null, DateTimeOffset.MinValue).Urgent);
        Assert.True(assessor.Assess("", string.Concat(Enumerable.Repeat("urgent ", 100_000)), null, null, null, ReceivedAt).Urgent);
    }
}
