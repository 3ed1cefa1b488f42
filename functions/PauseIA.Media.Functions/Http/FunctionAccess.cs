using System.Reflection;
using PauseIA.Media.Identity;

namespace PauseIA.Media.Functions.Http;

/// <summary>
/// Who may call an HTTP function, as its attributes declare it: anyone (<see cref="PublicEndpointAttribute"/>),
/// or the members holding one of <see cref="Roles"/> (<see cref="RequireRolesAttribute"/> and the role sets
/// deriving from it such as <see cref="PressOfficeAttribute"/>; none listed: any member). Read through
/// <see cref="HttpFunctionGate.Declared"/>.
/// </summary>
public sealed record FunctionAccess(bool Public, IReadOnlyList<TeamRole>? Roles)
{
    /// <summary>False for a function that declares nothing, or more than one thing: the gate lets no one call it.</summary>
    public bool IsDeclared => Public || Roles is not null;

    /// <summary>For a public function, whether Easy Auth still sends a browser without a session to sign in (<see cref="PublicEndpointAttribute.BehindSignIn"/>).</summary>
    public bool BehindSignIn { get; init; }

    internal static FunctionAccess Read(MethodInfo function)
    {
        var endpoint = function.GetCustomAttribute<PublicEndpointAttribute>();
        var roleSets = function.GetCustomAttributes<RequireRolesAttribute>().ToList();
        return (endpoint is not null, roleSets.Count) switch
        {
            (true, 0) => new FunctionAccess(true, null) { BehindSignIn = endpoint!.BehindSignIn },
            (false, 1) => new FunctionAccess(false, roleSets[0].Roles),
            _ => new FunctionAccess(false, null),
        };
    }
}
