using System.Globalization;
using System.Text;

namespace PauseIA.Media.Inquiries;

/// <summary>Text compared the way people read it: lower case, no accents, no-break spaces as spaces.</summary>
public static class TextFold
{
    public static string Fold(string text)
    {
        var decomposed = text.Replace('\u00A0', ' ').Replace('\u202F', ' ').ToLowerInvariant().Normalize(NormalizationForm.FormD);
        return new string(decomposed.Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
    }

    public static bool Same(string? a, string? b) => a is not null && b is not null && Fold(a.Trim()) == Fold(b.Trim());
}
