using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace PauseIA.Media.Statements;

/// <summary>
/// The SHA-256 that an approval and a sign-off bind to, over a canonical serialization that any
/// tool can reproduce. The canonical form is UTF-8, one field per line, in this fixed order:
/// <code>
/// format:19:pauseia-statement/1
/// title:{n}:{title, or empty}
/// embargo:{n}:{yyyy-MM-ddTHH:mm:ssZ in UTC, or empty}
/// embargo-mode:{n}:{atEmbargo | beforeWithLine, or empty}
/// sender-email:{n}:{lower-cased address}
/// sender-name:{n}:{display name}
/// audience:{n}:{segment:ID | inquiry:PIA-… | emails:a@x,b@y (sorted, lower-cased)}
/// markdown:{n}:{the version's Markdown exactly as stored, line endings LF}
/// </code>
/// where <c>{n}</c> is the byte length of the value in decimal, and each field ends with <c>\n</c>.
/// Length prefixes make the form unambiguous whatever the values hold. The hash is lower-case hex.
/// Changing this format voids every approval, so a new format gets a new <c>format</c> value.
/// <para>
/// A statement with translations uses <c>pauseia-statement/2</c>: the same fields, then
/// <c>translations:{n}:{count}</c> and, for each translation in ordinal order of its language code
/// (so the order they were given in does not matter), <c>translation-language</c>,
/// <c>translation-title</c> (or empty) and <c>translation-markdown</c>. A statement without
/// translations keeps format 1, so approvals given before translations existed still hold.
/// </para>
/// <para>
/// Each language version also has a hash of its own (<see cref="ComputeLanguage"/>), shown beside it:
/// <c>format:…:pauseia-statement-language/1</c>, <c>language</c>, <c>title</c>, <c>markdown</c>.
/// </para>
/// </summary>
public static class StatementContentHash
{
    public const string Format = "pauseia-statement/1";

    public const string TranslatedFormat = "pauseia-statement/2";

    public const string LanguageFormat = "pauseia-statement-language/1";

    public static string Compute(StatementContent content) => Convert.ToHexStringLower(SHA256.HashData(Canonicalize(content)));

    /// <summary>The format <see cref="Compute"/> uses for this content.</summary>
    public static string FormatOf(StatementContent content) => content.Translations.Count == 0 ? Format : TranslatedFormat;

    /// <summary>The hash of one language version on its own: what the director read in that language.</summary>
    public static string ComputeLanguage(string language, string? title, string markdown)
    {
        using var buffer = new MemoryStream();
        Field(buffer, "format", LanguageFormat);
        Field(buffer, "language", language);
        Field(buffer, "title", title ?? "");
        Field(buffer, "markdown", markdown);
        return Convert.ToHexStringLower(SHA256.HashData(buffer.ToArray()));
    }

    public static byte[] Canonicalize(StatementContent content)
    {
        using var buffer = new MemoryStream();
        Field(buffer, "format", FormatOf(content));
        Field(buffer, "title", content.Title ?? "");
        Field(buffer, "embargo", content.Embargo?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture) ?? "");
        Field(buffer, "embargo-mode", content.EmbargoMode switch
        {
            EmbargoMode.AtEmbargo => "atEmbargo",
            EmbargoMode.BeforeWithLine => "beforeWithLine",
            _ => "",
        });
        Field(buffer, "sender-email", content.Sender.Email.Trim().ToLowerInvariant());
        Field(buffer, "sender-name", content.Sender.Name ?? "");
        Field(buffer, "audience", content.Audience.Canonical);
        Field(buffer, "markdown", content.Markdown);
        if (content.Translations.Count > 0)
        {
            Field(buffer, "translations", content.Translations.Count.ToString(CultureInfo.InvariantCulture));
            foreach (var translation in content.Translations.OrderBy(t => t.Language, StringComparer.Ordinal))
            {
                Field(buffer, "translation-language", translation.Language);
                Field(buffer, "translation-title", translation.Document.Title ?? "");
                Field(buffer, "translation-markdown", translation.Markdown);
            }
        }

        return buffer.ToArray();
    }

    private static void Field(MemoryStream buffer, string name, string value)
    {
        var bytes = Encoding.UTF8.GetBytes(value);
        buffer.Write(Encoding.UTF8.GetBytes($"{name}:{bytes.Length.ToString(CultureInfo.InvariantCulture)}:"));
        buffer.Write(bytes);
        buffer.WriteByte((byte)'\n');
    }
}
