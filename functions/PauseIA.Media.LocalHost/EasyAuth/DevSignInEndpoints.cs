using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Common;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Identity;

namespace PauseIA.Media.LocalHost.EasyAuth;

/// <summary>
/// Easy Auth's endpoints as LocalHost plays them in Development: a sign-in page listing the team
/// (<c>/.auth/login/dev</c>), <c>/.auth/me</c> and <c>/.auth/logout</c>. Other providers'
/// login paths (<c>/.auth/login/aad</c>) lead to the same page, so the console links alike in both hosts.
/// </summary>
internal static class DevSignInEndpoints
{
    public const string LoginPath = "/.auth/login/dev";

    private static readonly string[] RedirectFields = ["post_login_redirect_uri", "returnUrl"];

    public static IEndpointRouteBuilder MapDevSignIn(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(LoginPath, ShowAsync);
        endpoints.MapPost(LoginPath, SignInAsync);
        endpoints.MapGet("/.auth/login/{provider}", context =>
        {
            context.Response.Redirect(LoginPath + context.Request.QueryString);
            return Task.CompletedTask;
        });
        endpoints.MapGet("/.auth/me", MeAsync);
        endpoints.MapGet("/.auth/logout", SignOutAsync);
        return endpoints;
    }

    private static Task ShowAsync(HttpContext context)
    {
        var redirect = RedirectFields.Select(f => context.Request.Query[f].FirstOrDefault()).FirstOrDefault(v => !string.IsNullOrEmpty(v));
        if (redirect is not null && !LocalRedirect.IsLocal(redirect))
        {
            return ErrorAsync(context, StatusCodes.Status400BadRequest, "Redirection hors du site refusée. / Redirect must stay on this site.");
        }

        var team = context.RequestServices.GetRequiredService<TeamDirectory>();
        var signedIn = context.RequestServices.GetRequiredService<EasyAuthSession>().Email(context.Request);
        context.Response.ContentType = "text/html; charset=utf-8";
        context.Response.Headers.CacheControl = "no-store";
        return context.Response.WriteAsync(DevSignInPage.Render(team.Members, redirect, signedIn), context.RequestAborted);
    }

    private static async Task SignInAsync(HttpContext context)
    {
        var request = context.Request;
        if (request.Headers.Origin.FirstOrDefault() is { } origin && !string.Equals(origin, $"{request.Scheme}://{request.Host}", StringComparison.OrdinalIgnoreCase))
        {
            await ErrorAsync(context, StatusCodes.Status403Forbidden, "Connexion depuis un autre site refusée. / Cross-site sign-in refused.");
            return;
        }

        if (!request.HasFormContentType)
        {
            await ErrorAsync(context, StatusCodes.Status400BadRequest, "Formulaire attendu (champ email). / Expected a form with an email field.");
            return;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(context.RequestAborted);
        }
        catch (Exception ex) when (ex is InvalidDataException or BadHttpRequestException)
        {
            await ErrorAsync(context, StatusCodes.Status400BadRequest, $"Formulaire illisible : {ex.Message} / Malformed form.");
            return;
        }

        var email = form["email"].FirstOrDefault()?.Trim();
        if (string.IsNullOrEmpty(email))
        {
            await ErrorAsync(context, StatusCodes.Status400BadRequest, "Adresse requise. / The email field is required.");
            return;
        }

        var member = context.RequestServices.GetRequiredService<TeamDirectory>().Find(email);
        if (member is null)
        {
            await ErrorAsync(context, StatusCodes.Status403Forbidden, $"{email} ne fait pas partie de l'équipe presse. / Not a member of the press team.");
            return;
        }

        var redirect = RedirectFields.Select(f => form[f].FirstOrDefault() ?? request.Query[f].FirstOrDefault()).FirstOrDefault(v => !string.IsNullOrEmpty(v)) ?? "/";
        if (!LocalRedirect.IsLocal(redirect))
        {
            await ErrorAsync(context, StatusCodes.Status400BadRequest, "Redirection hors du site refusée. / Redirect must stay on this site.");
            return;
        }

        context.RequestServices.GetRequiredService<EasyAuthSession>().SignIn(context.Response, member.Email);
        context.Response.Redirect(redirect);
    }

    private static Task MeAsync(HttpContext context)
    {
        var email = context.RequestServices.GetRequiredService<EasyAuthSession>().Email(context.Request);
        if (email is null)
        {
            return ErrorAsync(context, StatusCodes.Status401Unauthorized, "Connexion requise. / Sign-in required.");
        }

        var member = context.RequestServices.GetRequiredService<TeamDirectory>().Find(email);
        return member is null
            ? ErrorAsync(context, StatusCodes.Status403Forbidden, $"{email} ne fait pas partie de l'équipe presse. / Not a member of the press team.")
            : Results.Json(new { member.Email, Name = member.DisplayName, member.Roles, member.Cities }, JsonDefaults.Options).ExecuteAsync(context);
    }

    private static Task SignOutAsync(HttpContext context)
    {
        var redirect = context.Request.Query["post_logout_redirect_uri"].FirstOrDefault() ?? "/";
        if (!LocalRedirect.IsLocal(redirect))
        {
            return ErrorAsync(context, StatusCodes.Status400BadRequest, "Redirection hors du site refusée. / Redirect must stay on this site.");
        }

        EasyAuthSession.SignOut(context.Response);
        context.Response.Redirect(redirect);
        return Task.CompletedTask;
    }

    private static Task ErrorAsync(HttpContext context, int status, string message) =>
        Results.Json(new ErrorBody(message), JsonDefaults.Options, statusCode: status).ExecuteAsync(context);
}
