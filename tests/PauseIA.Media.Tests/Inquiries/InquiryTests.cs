using PauseIA.Media.Common;
using PauseIA.Media.Email;
using PauseIA.Media.Inquiries;

namespace PauseIA.Media.Tests.Inquiries;

public sealed class InquiryTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 24, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AssigningANewInquiryMovesItToAssigned()
    {
        var assigned = New().AssignTo("lyon@pauseia.fr");

        Assert.Equal(InquiryStatus.Assigned, assigned.Status);
        Assert.Equal("lyon@pauseia.fr", assigned.Assignee);
    }

    [Fact]
    public void AnsweringMovesToAnsweredOrWaitingOnTheJournalist()
    {
        Assert.Equal(InquiryStatus.Answered, New().Answer(Now).Status);
        Assert.Equal(InquiryStatus.WaitingOnJournalist, New().Answer(Now, waitForJournalist: true).Status);
    }

    [Fact]
    public void AClosedInquiryRefusesAssignmentAndAnswersUntilReopened()
    {
        var closed = New().Close(Now);

        Assert.Equal(DomainErrorKind.Conflict, Assert.Throws<DomainException>(() => closed.AssignTo("x@pauseia.fr")).Kind);
        Assert.Equal(DomainErrorKind.Conflict, Assert.Throws<DomainException>(() => closed.Answer(Now)).Kind);
        Assert.Equal(DomainErrorKind.Conflict, Assert.Throws<DomainException>(() => closed.Close(Now)).Kind);
        Assert.Equal(InquiryStatus.Assigned, closed.Reopen().Status);
    }

    [Fact]
    public void ReopeningAnOpenInquiryIsRefused()
    {
        var error = Assert.Throws<DomainException>(() => New().Reopen());

        Assert.Equal(DomainErrorKind.Conflict, error.Kind);
        Assert.Contains("n'est pas close", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheJournalistWritingAgainReopensAndOwesAnAnswer()
    {
        var answered = New().AssignTo("porte-parole@pauseia.fr").Answer(Now) with { EscalatedAt = Now };

        Assert.Equal(InquiryStatus.Assigned, answered.JournalistWrote(Now.AddHours(1)).Status);
        Assert.Null(answered.JournalistWrote(Now.AddHours(1)).EscalatedAt);
        Assert.Equal(InquiryStatus.Assigned, answered.Close(Now).JournalistWrote(Now.AddHours(1)).Status);
        Assert.Equal(InquiryStatus.New, New().JournalistWrote(Now).Status);
    }

    [Fact]
    public void EscalationIsDueHalfwayToTheDeadlineOrAfterAFixedDelay()
    {
        var withDeadline = New() with { Deadline = new InquiryDeadline(Now.AddHours(8), "ce soir", "Europe/Paris") };

        Assert.Equal(Now.AddHours(4), withDeadline.EscalationDueAt(TimeSpan.FromHours(4)));
        Assert.Equal(Now.AddHours(4), New().EscalationDueAt(TimeSpan.FromHours(4)));
        Assert.True(withDeadline.IsOverdue(Now.AddHours(9)));
        Assert.False(withDeadline.Answer(Now).IsOverdue(Now.AddHours(9)));
    }

    private static Inquiry New() => new()
    {
        Reference = "PIA-2026-0001",
        Subject = "Demande",
        Journalist = new MailAddress("claire.dubois@lemonde.fr", "Claire Dubois"),
        ReceivedAt = Now,
        Assignee = "porte-parole@pauseia.fr",
    };
}
