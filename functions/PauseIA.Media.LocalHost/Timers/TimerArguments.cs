using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.LocalHost.Functions;

namespace PauseIA.Media.LocalHost.Timers;

/// <summary>Binds a timer function's parameters: <see cref="TimerInfo"/>, <see cref="FunctionContext"/>, <see cref="CancellationToken"/>.</summary>
internal static class TimerArguments
{
    /// <summary>Why LocalHost cannot bind this function, or null when it can.</summary>
    public static string? Check(LocalFunction function, TimerFunctionTrigger trigger)
    {
        if (trigger.Parameter.ParameterType != typeof(TimerInfo))
        {
            return $"its [TimerTrigger] parameter '{trigger.Parameter.Name}' is {trigger.Parameter.ParameterType.Name}, not TimerInfo.";
        }

        var other = function.Method.GetParameters()
            .FirstOrDefault(p => !trigger.IsTriggerParameter(p) && p.ParameterType != typeof(FunctionContext) && p.ParameterType != typeof(CancellationToken));
        if (other is not null)
        {
            return $"parameter '{other.Name}' is neither FunctionContext nor CancellationToken.";
        }

        return FunctionInvoker.ResultType(function.Method.ReturnType) is { } result
            ? $"it returns {result.Name}; return values are output bindings, which this app does not use."
            : null;
    }

    public static object?[] Bind(LocalFunction function, TimerInfo timer, FunctionContext context, CancellationToken cancellationToken) =>
        function.Method.GetParameters()
            .Select(p => p.ParameterType == typeof(TimerInfo) ? timer : p.ParameterType == typeof(FunctionContext) ? (object)context : cancellationToken)
            .ToArray();
}
