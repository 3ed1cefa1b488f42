using System.Reflection;
using System.Text.Json.Nodes;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Infra.Tests.Bicep;

namespace PauseIA.Media.Infra.Tests.Code;

/// <summary>
/// The paths Easy Auth must let through without a session: the routes of the HTTP functions marked
/// <see cref="PublicEndpointAttribute"/> (and not <see cref="PublicEndpointAttribute.BehindSignIn"/>), read from
/// the function classes and prefixed with host.json's <c>routePrefix</c>, as the Functions host serves them.
/// </summary>
public static class PublicRoutes
{
    public static IReadOnlyList<string> EasyAuthPaths() =>
        Functions()
            .Where(f => f.Access is { Public: true, BehindSignIn: false })
            .SelectMany(f => ToEasyAuthPaths(RoutePrefix(), f.Route))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>Every HTTP function: its method, its route (the function's name when none is given) and who may call it, as the gate reads it.</summary>
    public static IEnumerable<(MethodInfo Method, string Route, FunctionAccess Access)> Functions() =>
        typeof(PublicEndpointAttribute).Assembly.GetTypes()
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Select(m => (Method: m, Function: m.GetCustomAttribute<FunctionAttribute>(), Trigger: m.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).FirstOrDefault(a => a is not null)))
            .Where(f => f.Function is not null && f.Trigger is not null)
            .Select(f => (f.Method, f.Trigger!.Route ?? f.Function!.Name, HttpFunctionGate.Declared(f.Method)));

    /// <summary>host.json's <c>extensions.http.routePrefix</c>; the Functions host's default, <c>api</c>, when absent.</summary>
    public static string RoutePrefix()
    {
        var hostJson = JsonNode.Parse(File.ReadAllText(Path.Combine(BicepCli.RepositoryRoot, "host.json")))!;
        return (string?)hostJson["extensions"]?["http"]?["routePrefix"] ?? "api";
    }

    /// <summary>
    /// Easy Auth matches an excluded path exactly, or everything under it with a trailing <c>/*</c>: a route parameter
    /// becomes that wildcard, and may only end the route (a wildcard in the middle would let other routes through).
    /// An optional or catch-all parameter also matches the route without it.
    /// </summary>
    public static IReadOnlyList<string> ToEasyAuthPaths(string routePrefix, string route)
    {
        var segments = $"{routePrefix.Trim('/')}/{route.Trim('/')}".Split('/', StringSplitOptions.RemoveEmptyEntries);
        var parameter = Array.FindIndex(segments, s => s.StartsWith('{'));
        if (parameter < 0)
        {
            return ["/" + string.Join('/', segments)];
        }

        if (parameter != segments.Length - 1)
        {
            throw new InvalidOperationException($"Route {route}: Easy Auth cannot exclude a path with a parameter before its end; give the public endpoint a route that ends with its parameter.");
        }

        var fixedPart = "/" + string.Join('/', segments[..parameter]);
        var optional = segments[parameter].StartsWith("{*", StringComparison.Ordinal) || segments[parameter].EndsWith("?}", StringComparison.Ordinal);
        var wildcard = (fixedPart == "/" ? "" : fixedPart) + "/*";
        return optional ? [fixedPart, wildcard] : [wildcard];
    }
}
