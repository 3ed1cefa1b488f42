namespace PauseIA.Media.LocalHost.EasyAuth;

/// <summary>Whether a redirect target stays on this site: a path such as <c>/#/inquiries</c>, never <c>//evil.example</c> or <c>/\evil.example</c>.</summary>
internal static class LocalRedirect
{
    public static bool IsLocal(string? url) =>
        !string.IsNullOrEmpty(url)
        && url[0] == '/'
        && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'))
        && !url.Any(char.IsControl);
}
