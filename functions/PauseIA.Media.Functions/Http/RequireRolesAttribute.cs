using PauseIA.Media.Identity;

namespace PauseIA.Media.Functions.Http;

/// <summary>
/// The roles an HTTP function allows; with none listed, any member of the press team.
/// Checked before the function runs, by the worker middleware in Azure and by LocalHost here.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class RequireRolesAttribute(params TeamRole[] roles) : Attribute
{
    public IReadOnlyList<TeamRole> Roles { get; } = roles;
}
