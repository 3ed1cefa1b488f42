using System.Text;
using CsCheck;

namespace PauseIA.Media.Tests.Security;

/// <summary>
/// Generators of text and bytes written to break readers: line breaks where headers are built,
/// encoded words that decode to CR/LF or markup, invalid UTF-8, control and bidi characters,
/// markup and quotes, mixed with ordinary French and English words.
/// </summary>
internal static class HostileText
{
    public static readonly string[] Atoms =
    [
        "\r\n", "\n", "\r", "\0", "\t", "\u0085", "\u2028", "\u202E", "\uFEFF", "\uFFFD", "\u00A0",
        "=?UTF-8?B?DQpCY2M6IGV2aWxAZXhhbXBsZS5vcmc=?=", "=?utf-8?q?a=0D=0ABcc:_evil@example.org?=",
        "=?UTF-8?B?PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==?=", "=?x-unknown?B?AAAA?=", "=?utf-8?B?@@@?=", "=?iso-8859-1?Q?=E9t=E9?=",
        "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "javascript:alert(1)", "\"", "'", "<", ">", "&", ";", ",", ":",
        "\"Dupont, Jean\" <jean@lemonde.fr>", "<>", "@", "a@b", "develop!nextmime@ebony", "x@localhost",
        "[PIA-2026-0001]", "Re: ", "TR: ", "Fwd: ", "=", "+", "-", "@SUM(A1)", "=HYPERLINK(\"http://x\")",
        "é", "Ça", "ß", "日本", "🙂", "\uD800", "\uDFFF",
        "avant 16h", "demain", "ce soir", "by Friday", "deadline", "le 4 décembre", "COB", "sous 24h", "3pm CET", "31/02", "25h99",
        "bouclage", "au plus tard", "Lyon", "Toulouse", "urgent", "Cordialement,\n--\nClaire Dubois\nLe Monde",
    ];

    private static readonly Gen<string> Word = Gen.OneOf(
        Gen.OneOf(Atoms),
        Gen.String[0, 12],
        Gen.Char['a', 'z'].Array[1, 10].Select(c => new string(c)));

    /// <summary>A few hostile atoms and random strings run together.</summary>
    public static readonly Gen<string> Text = Gen.Select(Word.Array[0, 12], Gen.Bool, (words, spaced) => string.Join(spaced ? " " : "", words));

    /// <summary>Bytes that are not UTF-8: lone continuation bytes, truncated sequences, overlongs, encoded surrogates.</summary>
    public static readonly Gen<byte[]> InvalidUtf8 = Gen.OneOf(
        new byte[] { 0x80 }, [0xC3], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xFF, 0xFE], [0xE9], [0xE2, 0x82]);

    /// <summary>Text as bytes, with invalid UTF-8 spliced in at random places.</summary>
    public static readonly Gen<byte[]> Bytes = Gen.OneOf(Text.Select(t => Encoding.UTF8.GetBytes(t)), InvalidUtf8, Gen.Byte.Array[0, 40])
        .Array[0, 6].Select(parts => parts.SelectMany(p => p).ToArray());
}
