using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Extensions.Abstractions;
using PauseIA.Media.LocalHost.Http;
using PauseIA.Media.LocalHost.Queues;
using PauseIA.Media.LocalHost.Timers;

namespace PauseIA.Media.LocalHost.Functions;

/// <summary>
/// Every <c>[Function]</c> method of the given assemblies, found by reflection as the Worker SDK
/// indexes them at build time (public methods of public classes). A function LocalHost could not
/// run as the host would stops the start with a message naming it, rather than failing at its first call.
/// </summary>
public sealed partial class FunctionCatalog
{
    private FunctionCatalog(IReadOnlyList<LocalFunction> functions) => Functions = functions;

    public IReadOnlyList<LocalFunction> Functions { get; }

    public IEnumerable<(LocalFunction Function, T Trigger)> WithTrigger<T>()
        where T : FunctionTrigger =>
        Functions.Where(f => f.Trigger is T).Select(f => (f, (T)f.Trigger));

    /// <exception cref="LocalHostConfigurationException">A function cannot be run, or two share a name.</exception>
    public static FunctionCatalog Discover(IEnumerable<Assembly> assemblies) => Discover(assemblies.SelectMany(a => a.GetExportedTypes()));

    /// <exception cref="LocalHostConfigurationException">A function cannot be run, or two share a name.</exception>
    public static FunctionCatalog Discover(IEnumerable<Type> types)
    {
        var functions = types
            .Where(t => t.IsClass)
            .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
            .Select(m => (Method: m, Attribute: m.GetCustomAttribute<FunctionAttribute>()))
            .Where(x => x.Attribute is not null)
            .Select(x => Describe(x.Attribute!.Name, x.Method))
            .ToList();

        var duplicate = functions.GroupBy(f => f.Name, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new LocalHostConfigurationException(
                $"Two functions are named '{duplicate.Key}': {string.Join(", ", duplicate.Select(f => f.EntryPoint))}. Function names must be unique.");
        }

        return new FunctionCatalog(functions);
    }

    private static LocalFunction Describe(string name, MethodInfo method)
    {
        if (!FunctionName().IsMatch(name))
        {
            throw Invalid(name, method, "its name must start with a letter and hold only letters, digits, '_' and '-' (128 at most).");
        }

        if (method.GetCustomAttributes().Any(a => a is OutputBindingAttribute))
        {
            throw Invalid(name, method, "it declares an output binding; this app sends through injected clients so that both hosts behave alike.");
        }

        var triggers = method.GetParameters()
            .SelectMany(p => p.GetCustomAttributes<TriggerBindingAttribute>().Select(a => (Parameter: p, Attribute: a)))
            .ToList();
        if (triggers.Count != 1)
        {
            throw Invalid(name, method, triggers.Count == 0 ? "it has no trigger parameter." : "it has more than one trigger parameter.");
        }

        var (parameter, attribute) = triggers[0];
        FunctionTrigger trigger = attribute switch
        {
            HttpTriggerAttribute http => new HttpFunctionTrigger(
                parameter, http.Methods?.Select(m => m.ToUpperInvariant()).ToList(), string.IsNullOrEmpty(http.Route) ? name : http.Route),
            QueueTriggerAttribute queue => new QueueFunctionTrigger(parameter, queue.QueueName, queue.Connection),
            TimerTriggerAttribute timer => new TimerFunctionTrigger(parameter, timer.Schedule, timer.RunOnStartup, timer.UseMonitor),
            _ => throw Invalid(name, method, $"LocalHost runs HTTP, queue and timer triggers, not {attribute.GetType().Name}."),
        };
        var function = new LocalFunction(name, method, trigger);
        var problem = trigger switch
        {
            HttpFunctionTrigger http => HttpProblem(function, http),
            QueueFunctionTrigger queue => QueueArguments.Check(function, queue),
            TimerFunctionTrigger timer => TimerArguments.Check(function, timer),
            _ => null,
        };
        return problem is null ? function : throw Invalid(name, method, problem);
    }

    private static string? HttpProblem(LocalFunction function, HttpFunctionTrigger trigger)
    {
        try
        {
            return HttpArguments.Check(function, trigger, RoutePatternFactory.Parse(trigger.Route));
        }
        catch (RoutePatternException ex)
        {
            return $"its route '{trigger.Route}' is not a valid route template: {ex.Message}";
        }
    }

    private static LocalHostConfigurationException Invalid(string name, MethodInfo method, string why) =>
        new($"Function '{name}' ({method.DeclaringType!.FullName}.{method.Name}) cannot run: {why}");

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,127}$")]
    private static partial Regex FunctionName();
}
