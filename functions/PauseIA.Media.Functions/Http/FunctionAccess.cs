using System.Reflection;
using PauseIA.Media.Identity;

namespace PauseIA.Media.Functions.Http;

/// <summary>
/// Who may call an HTTP function, as its attributes declare it: anyone (<see cref="PublicEndpointAttribute"/>),
/// or the members holding one of <see cref="Roles"/> (<see cref="RequireRolesAttribute"/> and the role sets
/// deriving from it; none listed: any member). The one reading of those attributes, for the gate in both
/// hosts and for tests.
/// </summary>
public sealed record FunctionAccess(string? PublicReason, IReadOnlyList<TeamRole>? Roles)
{
    public bool IsPublic => PublicReason is not null;

    /// <summary>False for a function that declares nothing, or more than one thing: the gate lets no one call it.</summary>
    public bool IsDeclared => IsPublic || Roles is not null;

    public static FunctionAccess Of(MethodInfo function)
    {
        var reason = function.GetCustomAttribute<PublicEndpointAttribute>()?.Reason;
        var roleSets = function.GetCustomAttributes<RequireRolesAttribute>().ToList();
        return (reason, roleSets.Count) switch
        {
            (not null, 0) => new FunctionAccess(reason, null),
            (null, 1) => new FunctionAccess(null, roleSets[0].Roles),
            _ => new FunctionAccess(null, null),
        };
    }
}
