using System.Reflection;
using Microsoft.Extensions.DependencyInjection;

namespace PauseIA.Media.LocalHost.Functions;

/// <summary>
/// Calls a function method as the worker's default activator does: a new instance per invocation,
/// built by <see cref="ActivatorUtilities"/> from the invocation's scope, and the result awaited.
/// Exceptions are not wrapped, so callers map the function's own exception.
/// </summary>
internal static class FunctionInvoker
{
    /// <summary>The function's result: the value of a <c>Task&lt;T&gt;</c> or <c>ValueTask&lt;T&gt;</c>, null for void.</summary>
    public static async Task<object?> InvokeAsync(LocalFunction function, IServiceProvider services, object?[] arguments)
    {
        var method = function.Method;
        var instance = method.IsStatic ? null : ActivatorUtilities.CreateInstance(services, method.DeclaringType!);
        try
        {
            var returned = method.Invoke(instance, BindingFlags.DoNotWrapExceptions, binder: null, arguments, culture: null);
            return await AwaitAsync(returned, method.ReturnType);
        }
        finally
        {
            switch (instance)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync();
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }
    }

    /// <summary>The type a function produces once awaited (<c>Task&lt;IActionResult&gt;</c> gives <c>IActionResult</c>), or null for none.</summary>
    public static Type? ResultType(Type returnType)
    {
        if (returnType == typeof(void) || returnType == typeof(Task) || returnType == typeof(ValueTask))
        {
            return null;
        }

        return returnType.IsGenericType && (returnType.GetGenericTypeDefinition() == typeof(Task<>) || returnType.GetGenericTypeDefinition() == typeof(ValueTask<>))
            ? returnType.GetGenericArguments()[0]
            : returnType;
    }

    private static async Task<object?> AwaitAsync(object? returned, Type returnType)
    {
        switch (returned)
        {
            case null:
                return null;
            case Task task:
                await task;
                return returnType.IsGenericType ? returnType.GetProperty(nameof(Task<object>.Result))!.GetValue(task) : null;
            case ValueTask valueTask:
                await valueTask;
                return null;
        }

        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(ValueTask<>))
        {
            var task = (Task)returnType.GetMethod(nameof(ValueTask<object>.AsTask))!.Invoke(returned, null)!;
            await task;
            return task.GetType().GetProperty(nameof(Task<object>.Result))!.GetValue(task);
        }

        return returned;
    }
}
