using System.Diagnostics;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PauseIA.Media.Common;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.LocalHost.EasyAuth;
using PauseIA.Media.LocalHost.Functions;

namespace PauseIA.Media.LocalHost.Http;

/// <summary>
/// The request pipeline: a request log with the query's values hidden, security headers on every response,
/// the API's error shape for routing's bare 404/405, Easy Auth's part (principal headers; sign-in endpoints
/// in Development), then the functions.
/// </summary>
internal static partial class LocalHostPipeline
{
    public static WebApplication UseLocalHostPipeline(this WebApplication app, FunctionCatalog functions, string routePrefix, bool playsEasyAuth)
    {
        var requests = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("PauseIA.Media.LocalHost.Requests");
        app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                LogRequest(requests, context.Request.Method, context.Request.Path, Redacted(context.Request.Query), context.Response.StatusCode, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        });
        app.Use((context, next) =>
        {
            HttpFunctionGate.ApplySecurityHeaders(context.Response);
            return next(context);
        });

        // Routing's bare 404 and 405 get the API's one error shape.
        app.UseStatusCodePages(context =>
        {
            var status = context.HttpContext.Response.StatusCode;
            var message = status switch
            {
                StatusCodes.Status404NotFound => "Introuvable. / Not found.",
                StatusCodes.Status405MethodNotAllowed => "Méthode non autorisée. / Method not allowed.",
                _ => ReasonPhrases.GetReasonPhrase(status),
            };
            return Results.Json(new ErrorBody(message), JsonDefaults.Options, statusCode: status).ExecuteAsync(context.HttpContext);
        });
        app.UseMiddleware<ClientPrincipalMiddleware>();
        if (playsEasyAuth)
        {
            app.MapDevSignIn();
        }

        app.MapHttpFunctions(functions, routePrefix);
        return app;
    }

    /// <summary>The query's names with every value hidden: the webhook's <c>?key=</c> and unsubscribe tokens are credentials.</summary>
    private static string Redacted(IQueryCollection query) =>
        query.Count == 0 ? "" : "?" + string.Join("&", query.Keys.Select(k => $"{k}=***"));

    [LoggerMessage(Level = LogLevel.Debug, Message = "{Method} {Path}{Query} answered {Status} in {Elapsed:0.0} ms")]
    private static partial void LogRequest(ILogger logger, string method, string path, string query, int status, double elapsed);
}
