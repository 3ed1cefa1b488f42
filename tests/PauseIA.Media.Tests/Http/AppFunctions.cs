using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Functions.Http;

namespace PauseIA.Media.Tests.Http;

/// <summary>The function app's <c>[Function]</c> methods, found as the Worker SDK finds them.</summary>
internal static class AppFunctions
{
    public static IReadOnlyList<MethodInfo> All { get; } = typeof(HttpFunctionGate).Assembly.GetExportedTypes()
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly))
        .Where(m => m.GetCustomAttribute<FunctionAttribute>() is not null)
        .ToList();

    public static IEnumerable<MethodInfo> Http => All.Where(m => m.GetParameters().Any(p => p.GetCustomAttribute<HttpTriggerAttribute>() is not null));

    public static string NameOf(MethodInfo function) => function.GetCustomAttribute<FunctionAttribute>()!.Name;

    public static MethodInfo Find(string name) => All.Single(m => NameOf(m) == name);
}
