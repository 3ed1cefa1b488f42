using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Common;
using PauseIA.Media.LocalHost.Functions;

namespace PauseIA.Media.LocalHost.Http;

/// <summary>
/// Binds an HTTP function's parameters as the worker does with the ASP.NET Core integration: the
/// trigger as <see cref="HttpRequest"/>, route values by name (converted to simple types),
/// <see cref="FunctionContext"/> and the request's <see cref="CancellationToken"/>.
/// </summary>
internal static class HttpArguments
{
    /// <summary>Why LocalHost cannot bind this function, or null when it can.</summary>
    public static string? Check(LocalFunction function, HttpFunctionTrigger trigger, RoutePattern route)
    {
        if (trigger.Parameter.ParameterType != typeof(HttpRequest))
        {
            return $"its [HttpTrigger] parameter '{trigger.Parameter.Name}' is {trigger.Parameter.ParameterType.Name}; LocalHost binds HttpRequest (ASP.NET Core integration).";
        }

        foreach (var parameter in function.Method.GetParameters().Where(p => !trigger.IsTriggerParameter(p)))
        {
            if (parameter.ParameterType == typeof(FunctionContext) || parameter.ParameterType == typeof(CancellationToken))
            {
                continue;
            }

            if (!SimpleValue.IsSimple(parameter.ParameterType) || route.GetParameter(parameter.Name!) is null)
            {
                return $"parameter '{parameter.Name}' is neither a route value of '{route.RawText}' nor FunctionContext or CancellationToken.";
            }
        }

        var result = FunctionInvoker.ResultType(function.Method.ReturnType);
        return result is null || typeof(IActionResult).IsAssignableFrom(result) || typeof(IResult).IsAssignableFrom(result)
            ? null
            : $"it returns {result.Name}; an HTTP function returns IActionResult or IResult (or nothing).";
    }

    /// <exception cref="DomainException">A route value does not convert to its parameter's type.</exception>
    public static object?[] Bind(LocalFunction function, HttpFunctionTrigger trigger, HttpContext http)
    {
        var parameters = function.Method.GetParameters();
        var arguments = new object?[parameters.Length];
        for (var i = 0; i < parameters.Length; i++)
        {
            arguments[i] = Bind(function, trigger, parameters[i], http);
        }

        return arguments;
    }

    private static object? Bind(LocalFunction function, HttpFunctionTrigger trigger, ParameterInfo parameter, HttpContext http)
    {
        if (trigger.IsTriggerParameter(parameter))
        {
            return http.Request;
        }

        if (parameter.ParameterType == typeof(FunctionContext))
        {
            return LocalFunctionContext.ForHttp(function, http);
        }

        if (parameter.ParameterType == typeof(CancellationToken))
        {
            return http.RequestAborted;
        }

        try
        {
            return SimpleValue.Convert(http.Request.RouteValues[parameter.Name!], parameter.ParameterType);
        }
        catch (FormatException ex)
        {
            throw DomainException.BadRequest($"Paramètre « {parameter.Name} » invalide : {ex.Message}");
        }
    }
}
