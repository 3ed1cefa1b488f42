using System.Text;

namespace PauseIA.Media.Inquiries.Mail;

/// <summary>
/// Turns the bytes of a mail body or form field into text, whatever its charset label says.
/// Follows the WHATWG Encoding Standard, as browsers and mail clients do: "iso-8859-1" and
/// "us-ascii" mean windows-1252 (Outlook labels its cp1252 text as Latin-1, so its curly quotes
/// and dashes sit in 0x80–0x9F); an unknown label falls back to UTF-8, then windows-1252.
/// </summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly HashSet<string> Latin1Labels = new(StringComparer.OrdinalIgnoreCase)
    {
        "iso-8859-1", "iso8859-1", "iso_8859-1", "iso88591", "iso_8859-1:1987", "latin1", "l1", "cp819", "ibm819",
        "iso-ir-100", "csisolatin1", "us-ascii", "ascii", "ansi_x3.4-1968", "windows-1252", "cp1252", "x-cp1252",
    };

    public static Encoding Windows1252 { get; } = Encoding.GetEncoding(1252);

    public static DecodedText Decode(ReadOnlySpan<byte> bytes, string? charset)
    {
        var label = charset?.Trim().Trim('"', '\'').Trim();
        if (string.IsNullOrEmpty(label))
        {
            return new DecodedText(Utf8OrWindows1252(bytes, out _), null);
        }

        if (Latin1Labels.Contains(label))
        {
            return new DecodedText(Windows1252.GetString(bytes), null);
        }

        var encoding = Find(label);
        if (encoding is null)
        {
            var text = Utf8OrWindows1252(bytes, out var wasUtf8);
            return new DecodedText(text, $"Jeu de caractères inconnu « {label} », lu comme {(wasUtf8 ? "UTF-8" : "windows-1252")}. / Unknown charset.");
        }

        if (encoding.CodePage == Encoding.UTF8.CodePage)
        {
            var text = Utf8OrWindows1252(bytes, out var wasUtf8);
            return new DecodedText(text, wasUtf8 ? null : "Texte annoncé en UTF-8 mais invalide, lu comme windows-1252. / Invalid UTF-8.");
        }

        return new DecodedText(RepairC1(encoding.GetString(bytes)), null);
    }

    /// <summary>
    /// Replaces C1 control characters (U+0080–U+009F), which no real text contains, with what
    /// windows-1252 puts at those bytes: what a decoder that trusted an "ISO-8859-1" label produced.
    /// </summary>
    public static string RepairC1(string text)
    {
        if (!text.Any(c => c is >= '\u0080' and <= '\u009F'))
        {
            return text;
        }

        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= '\u0080' and <= '\u009F')
            {
                chars[i] = Windows1252.GetString([(byte)chars[i]])[0];
            }
        }

        return new string(chars);
    }

    private static string Utf8OrWindows1252(ReadOnlySpan<byte> bytes, out bool wasUtf8)
    {
        try
        {
            var text = StrictUtf8.GetString(bytes);
            wasUtf8 = true;
            return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
        }
        catch (DecoderFallbackException)
        {
            wasUtf8 = false;
            return Windows1252.GetString(bytes);
        }
    }

    private static Encoding? Find(string label)
    {
        try
        {
            return Encoding.GetEncoding(label);
        }
        catch (Exception ex) when (ex is ArgumentException or NotSupportedException)
        {
            // A label .NET knows but refuses to decode (UTF-7, disabled as an XSS vector) is as good as unknown.
            return null;
        }
    }
}
