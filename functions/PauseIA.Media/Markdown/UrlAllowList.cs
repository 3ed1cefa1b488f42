namespace PauseIA.Media.Markdown;

/// <summary>
/// Which link and image addresses survive rendering. An allow-list on the exact string that is
/// written into <c>href</c>/<c>src</c>: anything that does not literally start with an allowed
/// scheme is refused, so no spelling of <c>javascript:</c> (entities, percent-encoding, tabs,
/// mixed case) can reach the output, and relative or protocol-relative links, which mean nothing
/// in an email, are refused too.
/// </summary>
internal static class UrlAllowList
{
    private static readonly string[] LinkSchemes = ["https", "http", "mailto"];

    private static readonly string[] ImageSchemes = ["https"];

    public static bool IsAllowedLink(string? url) => HasAllowedScheme(url, LinkSchemes);

    /// <summary>Images only over https: a plain-http image leaks the reader over the network and is blocked by most clients.</summary>
    public static bool IsAllowedImage(string? url) => HasAllowedScheme(url, ImageSchemes);

    private static bool HasAllowedScheme(string? url, string[] schemes)
    {
        if (string.IsNullOrEmpty(url) || !Uri.TryCreate(url, UriKind.Absolute, out var uri))
        {
            return false;
        }

        foreach (var scheme in schemes)
        {
            var prefix = scheme == "mailto" ? "mailto:" : scheme + "://";
            if (url.Length > prefix.Length
                && url.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && string.Equals(uri.Scheme, scheme, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
