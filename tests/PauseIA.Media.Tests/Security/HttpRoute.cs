using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Identity;
using PauseIA.Media.Tests.Http;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Security;

/// <summary>One HTTP function's method and route, read from its own attributes, and whom to send it as.</summary>
public sealed record HttpRoute(string Method, string Template, string Function, bool IsPublic, IReadOnlyList<TeamRole>? Roles)
{
    /// <summary>Every HTTP function of the app, from its <c>[HttpTrigger]</c> and access attributes (no hand-kept list).</summary>
    public static IReadOnlyList<HttpRoute> All { get; } =
    [
        .. from method in AppFunctions.Http
           let trigger = method.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).Single(t => t is not null)!
           let access = HttpFunctionGate.Declared(method)
           from verb in trigger.Methods ?? []
           select new HttpRoute(verb.ToUpperInvariant(), trigger.Route ?? "", AppFunctions.NameOf(method), access.Public, access.Roles),
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
