using System.Reflection;

namespace PauseIA.Media.LocalHost.Functions;

/// <summary><c>[QueueTrigger]</c>: the queue name, which may hold <c>%Setting%</c> references.</summary>
public sealed record QueueFunctionTrigger(ParameterInfo Parameter, string QueueName, string? Connection)
    : FunctionTrigger(Parameter);
