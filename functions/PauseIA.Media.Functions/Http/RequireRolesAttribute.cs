using PauseIA.Media.Identity;

namespace PauseIA.Media.Functions.Http;

/// <summary>
/// The roles an HTTP function allows; with none listed, any member of the press team. A role set
/// used in several places is named by an attribute deriving from this one (<see cref="PressOfficeAttribute"/>),
/// so that a change of policy is one line. Read only through <see cref="HttpFunctionGate.Declared"/>.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public class RequireRolesAttribute(params TeamRole[] roles) : Attribute
{
    public IReadOnlyList<TeamRole> Roles { get; } = roles;
}
