using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using PauseIA.Media.Common;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.LocalHost.EasyAuth;
using PauseIA.Media.LocalHost.Functions;

namespace PauseIA.Media.LocalHost.Http;

/// <summary>
/// The request pipeline: security headers on every response, the API's error shape for routing's
/// bare 404/405, Easy Auth's part (principal headers; sign-in endpoints in Development), then the functions.
/// </summary>
internal static class LocalHostPipeline
{
    public static WebApplication UseLocalHostPipeline(this WebApplication app, FunctionCatalog functions, string routePrefix, bool playsEasyAuth)
    {
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
}
