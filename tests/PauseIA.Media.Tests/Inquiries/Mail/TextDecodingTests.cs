using System.Text;
using PauseIA.Media.Inquiries.Mail;

namespace PauseIA.Media.Tests.Inquiries.Mail;

public sealed class TextDecodingTests
{
    [Fact]
    public void Windows1252BytesLabelledIso88591ReadAsWindows1252()
    {
        // "Le Progrès – rédaction" as Outlook writes it: 0x96 is the en dash in cp1252, a C1 control in Latin-1.
        byte[] bytes = [.. "Le Progr"u8, 0xE8, .. "s "u8, 0x96, .. " r"u8, 0xE9, .. "daction"u8];

        var decoded = TextDecoding.Decode(bytes, "ISO-8859-1");

        Assert.Equal("Le Progrès – rédaction", decoded.Text);
        Assert.Null(decoded.Problem);
    }

    [Fact]
    public void AnUnknownCharsetFallsBackToUtf8AndSaysSo()
    {
        var decoded = TextDecoding.Decode(Encoding.UTF8.GetBytes("Échéance demain"), "x-unknown-charset");

        Assert.Equal("Échéance demain", decoded.Text);
        Assert.Contains("x-unknown-charset", decoded.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void InvalidUtf8FallsBackToWindows1252AndSaysSo()
    {
        byte[] latin1 = [.. "d"u8, 0xE9, .. "j"u8, 0xE0];

        var decoded = TextDecoding.Decode(latin1, "utf-8");

        Assert.Equal("déjà", decoded.Text);
        Assert.NotNull(decoded.Problem);
    }

    [Fact]
    public void OtherDeclaredCharsetsAreHonoured()
    {
        var koi8 = Encoding.GetEncoding("koi8-r").GetBytes("Привет");
        var shiftJis = Encoding.GetEncoding("shift_jis").GetBytes("報道");

        Assert.Equal("Привет", TextDecoding.Decode(koi8, "koi8-r").Text);
        Assert.Equal("報道", TextDecoding.Decode(shiftJis, "Shift_JIS").Text);
    }

    [Fact]
    public void RepairC1MapsControlCharactersThroughWindows1252()
    {
        Assert.Equal("“citation” – fin", TextDecoding.RepairC1("\u0093citation\u0094 \u0096 fin"));
        Assert.Equal("inchangé", TextDecoding.RepairC1("inchangé"));
    }
}
