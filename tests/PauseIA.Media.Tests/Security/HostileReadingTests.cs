using System.Text;
using PauseIA.Media.Email;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Inquiries.Mail;
using PauseIA.Media.Inquiries.Processing;

namespace PauseIA.Media.Tests.Security;

/// <summary>The cases the properties found, kept as plain examples: each failed before its fix.</summary>
public sealed class HostileReadingTests
{
    private static readonly DateTimeOffset Arrival = new(2026, 11, 24, 9, 30, 0, TimeSpan.Zero);

    [Fact]
    public void AUtf7BodyIsReadAsAnUnknownCharsetNotThrown()
    {
        var eml = "From: claire.dubois@lemonde.fr\r\nSubject: x\r\nContent-Type: text/plain; charset=utf-7\r\n\r\n+ADw-script+AD4-alert(1)+ADw-/script+AD4-\r\n"u8.ToArray();
        var form = new InboundForm(new Dictionary<string, byte[]> { ["email"] = eml }, []);

        var email = InboundEmailReader.Read(form, "k", Arrival);

        Assert.Contains("+ADw-script", email.Text, StringComparison.Ordinal);
        Assert.Contains(email.Problems, p => p.Contains("utf-7", StringComparison.Ordinal));
    }

    [Fact]
    public void AParsedFieldLabelledUtf7IsReadAsAnUnknownCharsetNotThrown()
    {
        var form = new InboundForm(
            new Dictionary<string, byte[]>
            {
                ["headers"] = "From: claire.dubois@lemonde.fr\r\n"u8.ToArray(),
                ["from"] = "claire.dubois@lemonde.fr"u8.ToArray(),
                ["subject"] = "+ADw-script+AD4-"u8.ToArray(),
                ["charsets"] = """{"subject":"utf-7"}"""u8.ToArray(),
            },
            []);

        var email = InboundEmailReader.Read(form, "k", Arrival);

        Assert.Equal("+ADw-script+AD4-", email.Subject);
    }

    [Fact]
    public void ADateHeaderAheadOfArrivalDoesNotCarryTheDeadlineWithIt()
    {
        var email = new InboundEmail
        {
            Key = "k",
            ReceivedAt = Arrival,
            SentAt = Arrival.AddYears(4),
            From = new MailAddress("claire.dubois@lemonde.fr", "Claire Dubois"),
            Subject = "Demande d'interview",
            Text = Encoding.UTF8.GetString("Bonjour, pourriez-vous me répondre avant demain 18h ?"u8),
        };

        var deadline = ReadingServices.Get<InquiryReader>().Read(email, ["Lyon"]).Deadline;

        Assert.Equal(new DateTimeOffset(2026, 11, 25, 17, 0, 0, TimeSpan.Zero), deadline?.Utc);
    }
}
