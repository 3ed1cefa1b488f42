namespace PauseIA.Media.Identity;

/// <summary>
/// Whether <c>X-MS-CLIENT-PRINCIPAL</c> can be believed. Only App Service Authentication
/// (which sets <c>WEBSITE_AUTH_ENABLED=True</c> and strips the header from clients) or
/// LocalHost in Development (which does the same) may set it; anywhere else a client could forge it.
/// </summary>
public sealed class IdentityOptions
{
    public const string EasyAuthSetting = "WEBSITE_AUTH_ENABLED";

    public const string LocalHostSetting = "LocalHost:PlaysEasyAuth";

    public bool TrustClientPrincipal { get; set; }
}
