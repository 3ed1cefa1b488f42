using System.Text;
using CsCheck;

namespace PauseIA.Media.Tests.Security;

/// <summary>
/// Generates whole emails as a mailbox may receive them: headers with hostile values or missing,
/// odd charsets and transfer encodings, multiparts with broken or missing boundaries, delivery
/// reports, nested messages, invalid UTF-8, and plain garbage.
/// </summary>
internal static class HostileMime
{
    private static readonly Gen<string> Charset = Gen.OneOf("utf-8", "UTF-8", "iso-8859-1", "windows-1252", "us-ascii", "utf-7", "iso-2022-jp", "x-unknown", "", "\"utf-8\"", "koi8-r", "utf-16");

    private static readonly Gen<string> TransferEncoding = Gen.OneOf("7bit", "8bit", "binary", "base64", "quoted-printable", "x-uuencode", "garbage");

    private static readonly Gen<string> Address = Gen.OneOf(
        Gen.OneOf("claire.dubois@lemonde.fr", "develop!nextmime@ebony", "user@nodot", "<>", "", "undisclosed-recipients:;", "a@b@c", "\"quoted local\"@example.org",
            new string('a', 300) + "@example.org", "journaliste@example.fr (commentaire)", "=?utf-8?B?PHNjcmlwdD4=?= <x@example.org>"),
        Gen.Select(HostileText.Text, Gen.Char['a', 'z'].Array[1, 8], (name, local) => $"\"{name}\" <{new string(local)}@example.org>"),
        Gen.Select(HostileText.Text, Gen.Char['a', 'z'].Array[1, 8], (name, local) => $"{name} <{new string(local)}@example.fr>"));

    private static readonly Gen<string> Date = Gen.OneOf(
        Gen.Select(Gen.Int[0, 130 * 365], Gen.Int[0, 86_399], (days, seconds) => new DateTimeOffset(1970, 1, 1, 0, 0, 0, TimeSpan.Zero).AddDays(days).AddSeconds(seconds).ToString("r", System.Globalization.CultureInfo.InvariantCulture)),
        Gen.OneOf("Tue, 24 Nov 2026 10:12:31 +0100", "not a date", "", "31 Feb 2026 25:61:00 +9999", "Mon, 1 Jan 0001 00:00:00 +0000"));

    private static readonly Gen<string> MessageId = Gen.OneOf(
        Gen.Guid.Select(g => $"<{g:N}@example.org>"),
        Gen.OneOf("", "<>", "no-brackets@example.org", "<a b@c>", "<\r\n@x>"),
        HostileText.Text.Select(t => $"<{t}@example.org>"));

    private static readonly Gen<(string Name, string Value)> ExtraHeader = Gen.OneOf(
        Gen.OneOf(("Auto-Submitted", "auto-replied"), ("Precedence", "bulk"), ("List-Id", "<x.example.org>"), ("X-Priority", "1"),
            ("Importance", "high"), ("Return-Path", "<>"), ("X-Failed-Recipients", "claire.dubois@lemonde.fr"), ("In-Reply-To", "<garbage"),
            ("References", "<a@b> <c@d> garbage"), ("Content-Disposition", "attachment; filename*=utf-8''%E9%00.txt")),
        Gen.Select(Gen.Char['A', 'Z'].Array[1, 10], HostileText.Text, (n, v) => ("X-" + new string(n), v)));

    private static readonly Gen<byte[]> Leaf = Gen.Select(
        Gen.OneOf("text/plain", "text/html", "application/octet-stream", "image/png", "message/delivery-status", "text/rfc822-headers", "message/rfc822", "text/calendar"),
        Charset,
        TransferEncoding,
        Gen.OneOf(HostileText.Bytes, Gen.Const(Encoding.ASCII.GetBytes("Reporting-MTA: dns; mx.example.org\r\n\r\nFinal-Recipient: rfc822; claire.dubois@lemonde.fr\r\nAction: failed\r\nStatus: 5.1.1\r\n"))),
        Gen.Bool,
        (type, charset, encoding, body, attachment) => Concat(
            $"Content-Type: {type}; charset={charset}\r\nContent-Transfer-Encoding: {encoding}\r\n"
                + (attachment ? "Content-Disposition: attachment; filename=\"pi\u00e8ce\r\n.txt\"\r\n" : "") + "\r\n",
            body));

    private static readonly Gen<byte[]> Body = Gen.Recursive<byte[]>((depth, self) => depth >= 3
        ? Leaf
        : Gen.Frequency(
            (3, Leaf),
            (2, Gen.Select(
                Gen.OneOf("mixed", "alternative", "related", "report; report-type=delivery-status", "signed"),
                Gen.OneOf("b1", "=_weird boundary", "", "b1\"; x=\""),
                self.Array[0, 4],
                Gen.Bool,
                (sub, boundary, parts, closed) => Concat(
                    $"Content-Type: multipart/{sub}; boundary=\"{boundary}\"\r\n\r\npreamble\r\n",
                    parts.SelectMany(p => Concat($"--{boundary}\r\n", p, "\r\n")).ToArray(),
                    closed ? $"--{boundary}--\r\n" : "")))));

    /// <summary>An email: structured and hostile most of the time, pure noise sometimes.</summary>
    public static readonly Gen<byte[]> Email = Gen.Frequency(
        (8, Gen.Select(
            Gen.Select(Address, HostileText.Text, Date, MessageId),
            ExtraHeader.Array[0, 4],
            Body,
            (top, extra, body) => Concat(
                $"From: {top.Item1}\r\nTo: Pause IA Presse <presse@pauseia.fr>\r\nSubject: ",
                Encoding.UTF8.GetBytes(top.Item2),
                $"\r\nDate: {top.Item3}\r\nMessage-ID: {top.Item4}\r\nMIME-Version: 1.0\r\n",
                string.Concat(extra.Select(h => $"{h.Name}: {h.Value}\r\n")),
                body))),
        (1, Gen.Byte.Array[0, 400]),
        (1, HostileText.Bytes));

    private static byte[] Concat(params object[] parts) =>
        parts.SelectMany(p => p switch
        {
            string s => Encoding.UTF8.GetBytes(s),
            byte[] b => b,
            _ => throw new ArgumentException("string or bytes", nameof(parts)),
        }).ToArray();
}
