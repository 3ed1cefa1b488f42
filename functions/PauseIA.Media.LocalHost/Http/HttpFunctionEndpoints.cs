using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.LocalHost.Functions;

namespace PauseIA.Media.LocalHost.Http;

public static class HttpFunctionEndpoints
{
    /// <summary>
    /// One endpoint per HTTP function at <c>routePrefix/route</c>. ASP.NET Core routing ranks literal
    /// segments above parameters and catch-alls, so <c>api/health</c> wins over the console's <c>{*path}</c>.
    /// </summary>
    public static IEndpointRouteBuilder MapHttpFunctions(this IEndpointRouteBuilder endpoints, FunctionCatalog catalog, string routePrefix)
    {
        foreach (var (function, trigger) in catalog.WithTrigger<HttpFunctionTrigger>())
        {
            var pattern = routePrefix.Length == 0 ? trigger.Route : $"{routePrefix}/{trigger.Route.TrimStart('/')}";
            RequestDelegate handler = http => http.RequestServices.GetRequiredService<HttpFunctionDispatcher>().DispatchAsync(http, function, trigger);
            var endpoint = trigger.Methods is null ? endpoints.Map(pattern, handler) : endpoints.MapMethods(pattern, trigger.Methods, handler);
            endpoint.WithDisplayName(function.Name);
        }

        return endpoints;
    }
}
