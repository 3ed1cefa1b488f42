using System.Reflection;

namespace PauseIA.Media.LocalHost.Functions;

/// <summary>One <c>[Function]</c> method found by reflection, with its trigger.</summary>
public sealed record LocalFunction(string Name, MethodInfo Method, FunctionTrigger Trigger)
{
    /// <summary>The entry point as the Worker SDK writes it in <c>functions.metadata</c>.</summary>
    public string EntryPoint => $"{Method.DeclaringType!.FullName}.{Method.Name}";
}
