using System.Text;
using CsCheck;

namespace PauseIA.Media.Tests.Security;

/// <summary>
/// Contact files written to hurt: formula cells, quotes left open, separators and line breaks
/// inside values, huge cells, thousands of columns, binary, in UTF-8, Windows-1252 or UTF-16.
/// </summary>
internal static class HostileCsv
{
    public static readonly string[] FormulaCells =
    [
        "=1+1", "=HYPERLINK(\"https://evil.example\",\"x\")", "+33 6 12 34 56 78", "-2+3", "@SUM(A1:A2)", "\t=1", "\r=1", "=cmd|' /C calc'!A0",
        "'=1+1", "''=x", "'", "=", "+", "-", "@",
    ];

    private static readonly Gen<string> Header = Gen.OneOf(
        "email", "Adresse e-mail", "E-mail 1 - Value", "first_name", "Prénom", "Nom", "name", "outlet", "Média", "media_type", "beats", "city", "language",
        "phone", "notes", "owner", "opted_out", "lawful_basis", "website", "Labels", "", "\"", "=cmd", "x\ny", "email");

    private static readonly Gen<string> Cell = Gen.OneOf(
        Gen.OneOf(FormulaCells),
        Gen.OneOf("claire.dubois@lemonde.fr", "a@b", "not an email", "x@y.fr ::: z@w.fr", "presse@pauseia.fr", "oui", "non", "consent", "??", "print",
            "Lyon", "fr", "en", "\"", "\"\"", "a\"b", "\"open", "a;b", "a,b", "a\nb", "a\r\nb", "\0", "é", "\u00e9\u0301", "\uFEFF", "<script>alert(1)</script>"),
        HostileText.Text,
        Gen.Int[1000, 40_000].Select(n => new string('x', n)));

    private static readonly Gen<string> Separator = Gen.OneOf(";", ",", "\t", "|");

    private static readonly Gen<string> Text = Gen.Frequency(
        (6, Gen.Select(Separator, Header.Array[1, 8], Cell.Array[0, 10].Array[0, 8], Gen.Bool,
            (sep, headers, rows, sepLine) => (sepLine ? $"sep={sep}\n" : "") + string.Join("\n", new[] { headers }.Concat(rows).Select(r => string.Join(sep, r.Select(Quote)))))),
        (1, Gen.Select(Separator, Gen.Int[1000, 5000], (sep, n) => "email" + string.Concat(Enumerable.Repeat(sep + "c", n)) + "\nclaire@lemonde.fr" + string.Concat(Enumerable.Repeat(sep + "=1", n)))),
        (1, Gen.Select(Gen.Int[1, 200], n => "email;notes\n" + string.Concat(Enumerable.Range(0, n).Select(i => $"a{i}@example.fr;\"open\n")))));

    /// <summary>The file's bytes: text in one of the encodings spreadsheets write, or binary.</summary>
    public static readonly Gen<byte[]> File = Gen.Frequency(
        (6, Text.Select(t => Encoding.UTF8.GetBytes(t))),
        (1, Text.Select(t => Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(t)).ToArray())),
        (1, Text.Select(t => Encoding.Latin1.GetBytes(t))),
        (1, Text.Select(t => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(t)).ToArray())),
        (1, Gen.Byte.Array[0, 2000]),
        (1, HostileText.Bytes));

    private static string Quote(string cell) => cell.Length > 0 && cell.Length % 3 == 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}
