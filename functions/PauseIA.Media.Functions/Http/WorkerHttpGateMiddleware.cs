using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
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
        var refusal = Authorize(http, context.FunctionDefinition.EntryPoint);
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

    /// <summary>
    /// Null when the request may go on to the function at <paramref name="entryPoint"/>; otherwise the
    /// 401 or 403 to answer. A method it cannot find has roles it cannot read: refused, as the gate
    /// refuses a function that declares none (fail closed).
    /// </summary>
    public IActionResult? Authorize(HttpContext http, string entryPoint) =>
        EntryPoints.GetOrAdd(entryPoint, FindMethod) is { } method
            ? gate.Authorize(http, method)
            : ErrorResult.Create(StatusCodes.Status403Forbidden, "Fonction introuvable : accès refusé. / Function not found: access not configured.");

    private static MethodInfo? FindMethod(string entryPoint)
    {
        var split = entryPoint.LastIndexOf('.');
        if (split <= 0)
        {
            return null;
        }

        var type = typeof(WorkerHttpGateMiddleware).Assembly.GetType(entryPoint[..split]);
        var methods = type?.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.Static).Where(m => m.Name == entryPoint[(split + 1)..]).ToList();
        return methods is [var method] ? method : null;
    }
}
