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
/// </summary>
public static class StatementContentHash
{
    public const string Format = "pauseia-statement/1";

    public static string Compute(StatementContent content) => Convert.ToHexStringLower(SHA256.HashData(Canonicalize(content)));

    public static byte[] Canonicalize(StatementContent content)
    {
        using var buffer = new MemoryStream();
        Field(buffer, "format", Format);
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
