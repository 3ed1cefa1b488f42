using System.Text;
using System.Text.Json;

namespace PauseIA.Media.Identity;

/// <summary>
/// Reads and writes App Service Authentication's <c>X-MS-CLIENT-PRINCIPAL</c>: Base64 of
/// <c>{ "auth_typ", "claims": [{ "typ", "val" }], "name_typ", "role_typ" }</c>.
/// </summary>
public static class ClientPrincipalHeader
{
    public const string Name = "X-MS-CLIENT-PRINCIPAL";

    /// <summary>Easy Auth's name for Microsoft Entra ID.</summary>
    public const string EntraId = "aad";

    // The token's "email", as it arrives: Easy Auth passes some claims under the long WS-Federation type.
    private static readonly string[] EmailClaims = ["email", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress"];

    /// <summary>
    /// The principal, or null when the header is absent or not Easy Auth's format. Its email comes from
    /// the provider's own email claims only: Entra ID's <c>preferred_username</c>, else its <c>email</c>;
    /// another OpenID Connect provider's <c>email</c>. An <c>email</c> marked <c>email_verified: false</c>
    /// does not count, and no other claim does (a display name is whatever the account holder typed).
    /// </summary>
    public static ClientPrincipal? Read(string? headerValue)
    {
        if (string.IsNullOrWhiteSpace(headerValue))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(Convert.FromBase64String(headerValue));
            var root = document.RootElement;
            var provider = root.TryGetProperty("auth_typ", out var typ) ? typ.GetString() ?? "" : "";
            var claims = root.TryGetProperty("claims", out var c) && c.ValueKind == JsonValueKind.Array
                ? c.EnumerateArray()
                    .Where(e => e.ValueKind == JsonValueKind.Object)
                    .Select(e => (Type: e.TryGetProperty("typ", out var t) ? t.GetString() : null, Value: e.TryGetProperty("val", out var v) ? v.GetString() : null))
                    .ToList()
                : [];
            string? Claim(params string[] types) =>
                claims.FirstOrDefault(claim => types.Contains(claim.Type) && claim.Value?.Contains('@', StringComparison.Ordinal) == true).Value?.Trim();

            var unverified = string.Equals(claims.FirstOrDefault(claim => claim.Type == "email_verified").Value?.Trim(), "false", StringComparison.OrdinalIgnoreCase);
            var email = unverified ? null : Claim(EmailClaims);
            return new ClientPrincipal(provider, string.Equals(provider, EntraId, StringComparison.OrdinalIgnoreCase) ? Claim("preferred_username") ?? email : email);
        }
        catch (Exception ex) when (ex is FormatException or JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>The header value that Easy Auth would send for <paramref name="email"/>; LocalHost plays Easy Auth with it.</summary>
    public static string Write(string identityProvider, string email, string displayName)
    {
        var principal = new
        {
            auth_typ = identityProvider,
            name_typ = "name",
            role_typ = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role",
            claims = new[]
            {
                new { typ = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress", val = email },
                new { typ = "name", val = displayName },
            },
        };
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(principal)));
    }
}
