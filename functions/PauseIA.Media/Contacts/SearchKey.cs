using System.Globalization;
using System.Text;

namespace PauseIA.Media.Contacts;

/// <summary>
/// Text as compared in filters and duplicate detection: trimmed, lower-case, without accents
/// and with single spaces, so that "Besançon", "BESANCON " and "besancon" are one city.
/// </summary>
public static class SearchKey
{
    public static string Of(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return "";
        }

        // Most values are plain ASCII (addresses, codes, English and many French words): no accents to strip.
        if (System.Text.Ascii.IsValid(text))
        {
            return string.Join(' ', text.ToLowerInvariant().Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        }

        var decomposed = text.Trim().ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c switch { 'œ' => "oe", 'æ' => "ae", 'ß' => "ss", _ => c.ToString() });
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
