using System.Globalization;
using System.Text.RegularExpressions;
using PauseIA.Media.Common;

namespace PauseIA.Media.Contacts;

/// <summary>
/// The one form of an address that the list stores and compares: trimmed and lower-cased, with
/// an internationalized domain in its ASCII (punycode) form. Only plain dot-atom addresses are
/// accepted: quoted local parts and IP literals are legal but never a journalist's, and SendGrid
/// refuses non-ASCII local parts.
/// </summary>
public static partial class ContactEmail
{
    private static readonly IdnMapping Idn = new();

    /// <summary>Whether <paramref name="raw"/> is an address; <paramref name="email"/> is its normalized form.</summary>
    public static bool TryNormalize(string? raw, out string email)
    {
        email = "";
        if (string.IsNullOrWhiteSpace(raw))
        {
            return false;
        }

        var text = raw.Trim();

        // "Claire Dubois <claire@lemonde.fr>" and "mailto:" links are pasted from mail clients.
        var open = text.LastIndexOf('<');
        if (open >= 0 && text.EndsWith('>'))
        {
            text = text[(open + 1)..^1].Trim();
        }

        if (text.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase))
        {
            text = text[7..];
        }

        var at = text.LastIndexOf('@');
        if (at <= 0 || at == text.Length - 1 || text.Length > 254)
        {
            return false;
        }

        var domain = text[(at + 1)..].TrimEnd('.');
        try
        {
            // Only an internationalized domain needs mapping; the regex below checks every other one.
            domain = (System.Text.Ascii.IsValid(domain) ? domain : Idn.GetAscii(domain)).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            return false;
        }

        var candidate = $"{text[..at].ToLowerInvariant()}@{domain}";
        if (at > 64 || !Address().IsMatch(candidate))
        {
            return false;
        }

        email = candidate;
        return true;
    }

    /// <summary>The normalized address, or a 400 that names the bad value.</summary>
    public static string Normalize(string? raw) =>
        TryNormalize(raw, out var email)
            ? email
            : throw DomainException.BadRequest($"Adresse e-mail invalide : « {raw?.Trim()} ». / Invalid email address.");

    /// <summary>The domain of a normalized address.</summary>
    public static string Domain(string email) => email[(email.LastIndexOf('@') + 1)..];

    // RFC 5322 dot-atom local part; domain of LDH labels with an alphabetic (or punycode) top-level label.
    [GeneratedRegex(@"^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*@([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+([a-z]{2,63}|xn--[a-z0-9-]{1,59})$", RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
