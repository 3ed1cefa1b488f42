namespace PauseIA.Media.Email;

/// <summary>
/// Header values that come from someone else's email (a subject, a name) must not carry
/// CR or LF: one stray line break turns a subject into a Bcc header.
/// </summary>
public static class MailHeaderText
{
    /// <summary>Replaces line breaks and other control characters with spaces and trims.</summary>
    public static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        var chars = value.Select(c => char.IsControl(c) ? ' ' : c).ToArray();
        return string.Join(' ', new string(chars).Split(' ', StringSplitOptions.RemoveEmptyEntries));
    }

    public static bool IsSafe(string? value) => value is null || !value.Any(c => c is '\r' or '\n' or '\0');
}
