using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Identity;
using PauseIA.Media.LocalHost;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Security;

/// <summary>One HTTP function's method and route, read from its own attributes, and whom to send it as.</summary>
public sealed record HttpRoute(string Method, string Template, string Function, bool IsPublic, IReadOnlyList<TeamRole>? Roles)
{
    /// <summary>Every HTTP function of the app, from its <c>[Function]</c> and <c>[HttpTrigger]</c> attributes (no hand-kept list).</summary>
    public static IReadOnlyList<HttpRoute> All { get; } =
    [
        .. from type in LocalFunctionHostSetup.FunctionApp.GetTypes()
           from method in type.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static)
           let function = method.GetCustomAttribute<FunctionAttribute>()
           where function is not null
           from parameter in method.GetParameters()
           let trigger = parameter.GetCustomAttribute<HttpTriggerAttribute>()
           where trigger is not null
           from verb in trigger.Methods ?? []
           select new HttpRoute(verb.ToUpperInvariant(), trigger.Route ?? "", function.Name, method.GetCustomAttribute<PublicEndpointAttribute>() is not null, method.GetCustomAttribute<RequireRolesAttribute>()?.Roles),
    ];

    public bool HasId => Template.Contains('{', StringComparison.Ordinal) && !Template.StartsWith('{');

    public bool TakesBody => Method is "POST" or "PUT" or "PATCH";

    /// <summary>A member allowed to call it: the spokesperson, unless the roles name others.</summary>
    public string Member => Roles is null || Roles.Count == 0 || Roles.Contains(TeamRole.Spokesperson) ? TestSettings.Spokesperson
        : Roles.Contains(TeamRole.Admin) ? TestSettings.Admin
        : Roles.Contains(TeamRole.CommsDirector) ? TestSettings.CommsDirector
        : TestSettings.PressOfficer;

    /// <summary>The path with each route parameter replaced by <paramref name="value"/> (raw: not escaped again); an <c>int</c> one by <paramref name="number"/>.</summary>
    public string Path(Func<string, string> value, string number = "1") =>
        "/" + System.Text.RegularExpressions.Regex.Replace(Template, @"\{\*?(?<name>[a-z]+)(?<int>:int)?\}", m => m.Groups["int"].Success ? number : value(m.Groups["name"].Value));

    public override string ToString() => $"{Method} /{Template}";
}
