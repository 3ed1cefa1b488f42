using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.LocalHost.Functions;

namespace PauseIA.Media.LocalHost.Http;

/// <summary>
/// Runs an HTTP function for a request as the worker's middleware (<see cref="WorkerHttpGateMiddleware"/>)
/// and ASP.NET Core integration do: the gate's role check first, then the function, its
/// <see cref="IActionResult"/> executed; refusals mapped to 4xx by the gate, anything else a logged 500.
/// </summary>
internal sealed class HttpFunctionDispatcher(HttpFunctionGate gate, ILogger<HttpFunctionDispatcher> logger)
{
    public async Task DispatchAsync(HttpContext http, LocalFunction function, HttpFunctionTrigger trigger)
    {
        HttpFunctionGate.ApplySecurityHeaders(http.Response);
        var refusal = gate.Authorize(http, function.Method);
        if (refusal is not null)
        {
            await ExecuteAsync(http, refusal);
            return;
        }

        object? result;
        try
        {
            result = await FunctionInvoker.InvokeAsync(function, http.RequestServices, HttpArguments.Bind(function, trigger, http));
        }
        catch (OperationCanceledException) when (http.RequestAborted.IsCancellationRequested)
        {
            return;
        }
        catch (Exception ex) when (!http.Response.HasStarted)
        {
            var mapped = HttpFunctionGate.MapException(ex);
            if (mapped is null)
            {
                logger.LogError(ex, "Function {Function} failed on {Method} {Path}.", function.Name, http.Request.Method, http.Request.Path);
                mapped = ErrorResult.Create(StatusCodes.Status500InternalServerError, "Erreur interne du serveur. / Internal server error.");
            }

            // Whatever the function had set (headers, status) belongs to the answer it did not give.
            http.Response.Clear();
            HttpFunctionGate.ApplySecurityHeaders(http.Response);
            await ExecuteAsync(http, mapped);
            return;
        }

        switch (result)
        {
            case IActionResult action:
                await ExecuteAsync(http, action);
                break;
            case IResult minimal:
                await minimal.ExecuteAsync(http);
                break;
        }
    }

    private static Task ExecuteAsync(HttpContext http, IActionResult result) =>
        result.ExecuteResultAsync(new ActionContext(http, http.GetRouteData(), new ActionDescriptor()));
}
