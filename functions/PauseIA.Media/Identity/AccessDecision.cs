namespace PauseIA.Media.Identity;

/// <summary>The outcome of checking a request's principal against the roles a function allows.</summary>
public sealed record AccessDecision(AccessOutcome Outcome, TeamMember? Member, string? Reason)
{
    public static AccessDecision Allowed(TeamMember member) => new(AccessOutcome.Allowed, member, null);

    public static AccessDecision Unauthenticated(string reason) => new(AccessOutcome.Unauthenticated, null, reason);

    public static AccessDecision Forbidden(string reason) => new(AccessOutcome.Forbidden, null, reason);
}
