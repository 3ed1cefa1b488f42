using PauseIA.Media.Common;
using PauseIA.Media.Statements;

namespace PauseIA.Media.Tests.Statements;

public sealed class StatementWorkflowTests
{
    [Theory]
    [InlineData(StatementState.Draft, StatementAction.Submit, StatementState.InReview)]
    [InlineData(StatementState.InReview, StatementAction.Approve, StatementState.Approved)]
    [InlineData(StatementState.InReview, StatementAction.RequestChanges, StatementState.ChangesRequested)]
    [InlineData(StatementState.ChangesRequested, StatementAction.Revise, StatementState.Draft)]
    [InlineData(StatementState.Approved, StatementAction.SignOff, StatementState.SignedOff)]
    [InlineData(StatementState.SignedOff, StatementAction.Schedule, StatementState.Scheduled)]
    [InlineData(StatementState.SignedOff, StatementAction.StartSending, StatementState.Sending)]
    [InlineData(StatementState.Scheduled, StatementAction.StartSending, StatementState.Sending)]
    [InlineData(StatementState.Sending, StatementAction.Finish, StatementState.Sent)]
    [InlineData(StatementState.Approved, StatementAction.Revise, StatementState.Draft)]
    [InlineData(StatementState.SignedOff, StatementAction.Revise, StatementState.Draft)]
    [InlineData(StatementState.SignedOff, StatementAction.VoidSignOff, StatementState.Approved)]
    [InlineData(StatementState.Scheduled, StatementAction.VoidApproval, StatementState.Draft)]
    public void LegalMovesLeadToTheirNextState(StatementState from, StatementAction action, StatementState next)
    {
        var step = StatementWorkflow.Next(from, action);

        Assert.True(step.IsAllowed);
        Assert.Equal(next, step.Next);
    }

    [Theory]
    [InlineData(StatementState.Draft, StatementAction.Approve)]
    [InlineData(StatementState.Draft, StatementAction.SignOff)]
    [InlineData(StatementState.InReview, StatementAction.SignOff)]
    [InlineData(StatementState.InReview, StatementAction.StartSending)]
    [InlineData(StatementState.Approved, StatementAction.StartSending)]
    [InlineData(StatementState.ChangesRequested, StatementAction.Submit)]
    [InlineData(StatementState.ChangesRequested, StatementAction.Approve)]
    [InlineData(StatementState.Sending, StatementAction.Revise)]
    [InlineData(StatementState.Sent, StatementAction.Revise)]
    [InlineData(StatementState.Sent, StatementAction.StartSending)]
    [InlineData(StatementState.Withdrawn, StatementAction.Submit)]
    [InlineData(StatementState.Draft, StatementAction.Finish)]
    public void IllegalMovesAreRefusedWithAReasonAsAConflict(StatementState from, StatementAction action)
    {
        var step = StatementWorkflow.Next(from, action);

        Assert.False(step.IsAllowed);
        Assert.Equal(from, step.Next);
        Assert.Contains(" / ", step.Refusal, StringComparison.Ordinal);
        var refusal = Assert.Throws<DomainException>(() => step.OrThrow());
        Assert.Equal(DomainErrorKind.Conflict, refusal.Kind);
    }

    [Theory]
    [InlineData(StatementState.Draft)]
    [InlineData(StatementState.InReview)]
    [InlineData(StatementState.ChangesRequested)]
    [InlineData(StatementState.Approved)]
    [InlineData(StatementState.SignedOff)]
    [InlineData(StatementState.Scheduled)]
    public void AStatementCanBeWithdrawnFromAnyStateBeforeSending(StatementState from) =>
        Assert.Equal(StatementState.Withdrawn, StatementWorkflow.Next(from, StatementAction.Withdraw).Next);

    [Theory]
    [InlineData(StatementState.Sending)]
    [InlineData(StatementState.Sent)]
    [InlineData(StatementState.Withdrawn)]
    public void AStatementBeingSentOrSentCannotBeWithdrawn(StatementState from) =>
        Assert.False(StatementWorkflow.Next(from, StatementAction.Withdraw).IsAllowed);

    [Fact]
    public void SigningOffBeforeApprovalSaysTheApprovalIsMissing()
    {
        var step = StatementWorkflow.Next(StatementState.InReview, StatementAction.SignOff);

        Assert.Contains("approved", step.Refusal, StringComparison.Ordinal);
    }
}
