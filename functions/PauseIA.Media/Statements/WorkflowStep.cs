using PauseIA.Media.Common;

namespace PauseIA.Media.Statements;

/// <summary>The answer of <see cref="StatementWorkflow"/>: the next state, or why the move is refused.</summary>
public sealed record WorkflowStep(bool IsAllowed, StatementState Next, string? Refusal)
{
    public static WorkflowStep Allowed(StatementState next) => new(true, next, null);

    public static WorkflowStep Refused(StatementState current, string reason) => new(false, current, reason);

    /// <summary>The next state; a refusal becomes a 409 that carries its reason.</summary>
    public StatementState OrThrow() => IsAllowed ? Next : throw DomainException.Conflict(Refusal!);
}
