using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using PauseIA.Media.Identity;

namespace PauseIA.Media.LocalHost.EasyAuth;

/// <summary>
/// Does what App Service Authentication does in front of the app: drops every principal header a
/// client sent (any of them would be forged) and, in Development, injects the principal of the
/// session cookie in Easy Auth's format.
/// </summary>
internal sealed class ClientPrincipalMiddleware(RequestDelegate next, EasyAuthSession session, TeamDirectory team, IOptions<LocalHostOptions> options)
{
    public const string IdentityProvider = "dev";

    public Task InvokeAsync(HttpContext context)
    {
        var headers = context.Request.Headers;
        foreach (var name in headers.Keys.Where(IsEasyAuthHeader).ToList())
        {
            headers.Remove(name);
        }

        if (options.Value.PlaysEasyAuth && session.Email(context.Request) is { } email)
        {
            headers[ClientPrincipalHeader.Name] = ClientPrincipalHeader.Write(IdentityProvider, email, team.Find(email)?.DisplayName ?? email);
            headers["X-MS-CLIENT-PRINCIPAL-NAME"] = email;
            headers["X-MS-CLIENT-PRINCIPAL-IDP"] = IdentityProvider;
        }

        return next(context);
    }

    private static bool IsEasyAuthHeader(string name) =>
        name.StartsWith("X-MS-CLIENT-PRINCIPAL", StringComparison.OrdinalIgnoreCase) || name.StartsWith("X-MS-TOKEN-", StringComparison.OrdinalIgnoreCase);
}
