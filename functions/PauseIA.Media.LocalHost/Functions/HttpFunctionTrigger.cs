using System.Reflection;

namespace PauseIA.Media.LocalHost.Functions;

/// <summary>
/// <c>[HttpTrigger]</c>: the methods (null for any) and the route template without the host's prefix.
/// A function without a route is served at its name, as the Functions host does.
/// </summary>
public sealed record HttpFunctionTrigger(ParameterInfo Parameter, IReadOnlyList<string>? Methods, string Route)
    : FunctionTrigger(Parameter);
