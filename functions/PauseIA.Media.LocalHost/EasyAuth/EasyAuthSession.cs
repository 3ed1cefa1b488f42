using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;

namespace PauseIA.Media.LocalHost.EasyAuth;

/// <summary>
/// The signed-in email in a cookie named like Easy Auth's own, protected by ASP.NET Data Protection
/// so that editing it signs nobody in. HttpOnly and SameSite=Lax (a link from a notification email
/// still arrives signed in), for seven days; Secure whenever the sign-in came over HTTPS. LocalHost
/// serves plain HTTP on loopback only, so there the cookie never crosses a network, and a Secure cookie
/// would not come back over http to most clients (.NET's CookieContainer, curl): it is left off there.
/// </summary>
internal sealed class EasyAuthSession(IDataProtectionProvider protection)
{
    public const string CookieName = "AppServiceAuthSession";

    /// <summary>The Data Protection purpose of the cookie: a payload protected for anything else does not read as a session.</summary>
    public const string Purpose = "PauseIA.Media.LocalHost.EasyAuthSession.v1";

    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private readonly ITimeLimitedDataProtector protector =
        protection.CreateProtector(Purpose).ToTimeLimitedDataProtector();

    public void SignIn(HttpResponse response, string email) =>
        response.Cookies.Append(CookieName, protector.Protect(email, Lifetime), Options(response.HttpContext.Request, Lifetime));

    public static void SignOut(HttpResponse response) => response.Cookies.Delete(CookieName, Options(response.HttpContext.Request, TimeSpan.Zero));

    /// <summary>The email of a valid, unexpired session cookie; null for none, a forged one or an expired one.</summary>
    public string? Email(HttpRequest request)
    {
        if (!request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            return protector.Unprotect(value);
        }
        catch (CryptographicException)
        {
            return null;
        }
    }

    private static CookieOptions Options(HttpRequest request, TimeSpan maxAge) => new()
    {
        HttpOnly = true,
        Secure = request.IsHttps,
        SameSite = SameSiteMode.Lax,
        Path = "/",
        IsEssential = true,
        MaxAge = maxAge,
    };
}
