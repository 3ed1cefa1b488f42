using System.Text;
using PauseIA.Media.Common;

namespace PauseIA.Media.Contacts.Import;

/// <summary>
/// Reads the bytes of an uploaded CSV as the spreadsheet that wrote it meant them: a byte order
/// mark decides; otherwise valid UTF-8 is UTF-8 and anything else is Windows-1252, which is what
/// French Excel writes by default ("CSV (séparateur : point-virgule)").
/// </summary>
public static class CsvDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static DecodedCsv Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.IsEmpty)
        {
            throw DomainException.BadRequest("Le fichier est vide. / The file is empty.");
        }

        // A .xlsx is a zip (PK), an old .xls an OLE compound file: both are sent by mistake for a CSV.
        if (bytes.StartsWith("PK\u0003\u0004"u8) || bytes.StartsWith(new byte[] { 0xD0, 0xCF, 0x11, 0xE0 }))
        {
            throw DomainException.BadRequest("Ceci est un classeur Excel, pas un CSV : enregistrez-le au format « CSV (séparateur : point-virgule) ». / This is an Excel workbook; save it as CSV.");
        }

        var (text, encoding) = bytes switch
        {
            _ when bytes.StartsWith("\uFEFF"u8) => (System.Text.Encoding.UTF8.GetString(bytes[3..]), "utf-8"),
            _ when bytes.StartsWith(new byte[] { 0xFF, 0xFE }) => (System.Text.Encoding.Unicode.GetString(bytes[2..]), "utf-16"),
            _ when bytes.StartsWith(new byte[] { 0xFE, 0xFF }) => (System.Text.Encoding.BigEndianUnicode.GetString(bytes[2..]), "utf-16"),
            _ => Guess(bytes),
        };

        if (text.Contains('\0', StringComparison.Ordinal))
        {
            throw DomainException.BadRequest("Ce fichier n'est pas du texte CSV. / This file is not CSV text.");
        }

        return new DecodedCsv(text, encoding);
    }

    private static (string Text, string Encoding) Guess(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return (StrictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            return (System.Text.Encoding.GetEncoding(1252).GetString(bytes), "windows-1252");
        }
    }
}
