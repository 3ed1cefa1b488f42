using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Net.Http.Headers;
using PauseIA.Media.Functions.Http;

namespace PauseIA.Media.Functions.Console;

/// <summary>Serves the console at <c>/</c>. Routes under <c>api/</c> are literal and win over this catch-all.</summary>
public sealed class ConsoleFunction(ConsoleAssets assets)
{
    [Function("Console")]
    [PublicEndpoint("Static files; the data they show comes from role-checked APIs.", BehindSignIn = true)]
    public IActionResult Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "{*path}")] HttpRequest request,
        string? path)
    {
        // Client-side routes (#/inquiries…) live in the fragment, so an unknown path is really unknown.
        var asset = assets.Find(path);
        if (asset is null)
        {
            return ErrorResult.Create(StatusCodes.Status404NotFound, "Page introuvable. / Page not found.");
        }

        if (request.Headers.IfNoneMatch == asset.ETag)
        {
            return new StatusCodeResult(StatusCodes.Status304NotModified);
        }

        request.HttpContext.Response.Headers.ETag = asset.ETag;
        request.HttpContext.Response.Headers.CacheControl = "no-cache";
        return new FileContentResult(asset.Content, MediaTypeHeaderValue.Parse(asset.ContentType));
    }
}
