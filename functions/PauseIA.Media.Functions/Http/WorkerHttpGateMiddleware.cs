using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Azure.Functions.Worker.Middleware;

namespace PauseIA.Media.Functions.Http;

/// <summary>
/// Runs <see cref="HttpFunctionGate"/> in the Azure Functions worker: the role check before an
/// HTTP function, and refusals turned into 4xx after it. LocalHost calls the same gate.
/// </summary>
public sealed class WorkerHttpGateMiddleware(HttpFunctionGate gate) : IFunctionsWorkerMiddleware
{
    private static readonly ConcurrentDictionary<string, MethodInfo?> EntryPoints = new();

    public async Task Invoke(FunctionContext context, FunctionExecutionDelegate next)
    {
        var http = context.GetHttpContext();
        if (http is null)
        {
            await next(context);
            return;
        }

        HttpFunctionGate.ApplySecurityHeaders(http.Response);
        var method = EntryPoints.GetOrAdd(context.FunctionDefinition.EntryPoint, FindMethod);
        var refusal = method is null ? null : gate.Authorize(http, method);
        if (refusal is not null)
        {
            context.GetInvocationResult().Value = refusal;
            return;
        }

        try
        {
            await next(context);
        }
        catch (Exception ex) when (HttpFunctionGate.MapException(ex.InnerException ?? ex) is not null)
        {
            context.GetInvocationResult().Value = HttpFunctionGate.MapException(ex.InnerException ?? ex);
        }
    }

    private static MethodInfo? FindMethod(string entryPoint)
    {
        var split = entryPoint.LastIndexOf('.');
        var type = typeof(WorkerHttpGateMiddleware).Assembly.GetType(entryPoint[..split]);
        return type?.GetMethod(entryPoint[(split + 1)..], BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static);
    }
}
