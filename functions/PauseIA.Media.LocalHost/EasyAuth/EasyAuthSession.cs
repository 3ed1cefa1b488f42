using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Http;

namespace PauseIA.Media.LocalHost.EasyAuth;

/// <summary>
/// The signed-in email in a cookie named like Easy Auth's own, protected by ASP.NET Data Protection
/// so that editing it signs nobody in. HttpOnly and SameSite=Lax, for seven days.
/// </summary>
internal sealed class EasyAuthSession(IDataProtectionProvider protection)
{
    public const string CookieName = "AppServiceAuthSession";

    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    private readonly ITimeLimitedDataProtector protector =
        protection.CreateProtector("PauseIA.Media.LocalHost.EasyAuthSession.v1").ToTimeLimitedDataProtector();

    public void SignIn(HttpResponse response, string email) =>
        response.Cookies.Append(CookieName, protector.Protect(email, Lifetime), Options(Lifetime));

    public static void SignOut(HttpResponse response) => response.Cookies.Delete(CookieName, Options(TimeSpan.Zero));

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

    private static CookieOptions Options(TimeSpan maxAge) => new()
    {
        HttpOnly = true,
        SameSite = SameSiteMode.Lax,
        Path = "/",
        IsEssential = true,
        MaxAge = maxAge,
    };
}
