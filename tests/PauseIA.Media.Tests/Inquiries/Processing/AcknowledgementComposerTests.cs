using Microsoft.Extensions.Options;
using PauseIA.Media.Email;
using PauseIA.Media.Inquiries;
using PauseIA.Media.Inquiries.Mail;
using PauseIA.Media.Inquiries.Processing;

namespace PauseIA.Media.Tests.Inquiries.Processing;

public sealed class AcknowledgementComposerTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    private readonly AcknowledgementComposer composer;

    public AcknowledgementComposerTests()
    {
        var options = Options.Create(new InquiriesOptions());
        composer = new AcknowledgementComposer(options, Options.Create(new MailOptions()), new InquiryTime(options));
    }

    [Fact]
    public void WithoutADeadlineTheFrenchAcknowledgementPromisesTheUsualResponseTime()
    {
        var text = Compose(Inquiry("fr")).Text;

        Assert.StartsWith("Bonjour Claire Dubois,\n\nNous avons bien reçu votre message « Demande d'interview », enregistré sous la référence PIA-2026-0042.\n\n", text, StringComparison.Ordinal);
        Assert.Contains("\nNous vous répondrons sous 2 heures ouvrées.\n", text, StringComparison.Ordinal);
        Assert.Contains("Ce message est un accusé de réception automatique.", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ADeadlineSoonerThanTheResponseTimeIsPromisedInstead()
    {
        var text = Compose(Inquiry("fr") with { Deadline = new InquiryDeadline(Now.AddHours(1), "avant 11h", "Europe/Paris") }).Text;

        Assert.Contains("Nous avons noté votre échéance (lundi 30 novembre 2026 à 11:00 (heure de Paris), « avant 11h ») et vous répondrons avant.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("sous 2 heures ouvrées", text, StringComparison.Ordinal);
    }

    [Fact]
    public void ALaterDeadlineKeepsTheResponseTimeAndNamesTheDeadline()
    {
        var text = Compose(Inquiry("en") with { Deadline = new InquiryDeadline(Now.AddDays(1), "by noon tomorrow", "Europe/Paris") }).Text;

        Assert.StartsWith("Hello Claire Dubois,\n\nWe have received your message “Demande d'interview”, filed under reference PIA-2026-0042.\n\n", text, StringComparison.Ordinal);
        Assert.Contains("We will get back to you within 2 working hours, and in any case before your deadline (Tuesday 1 December 2026, 10:00 (Europe/Paris time), “by noon tomorrow”).", text, StringComparison.Ordinal);
        Assert.Contains("This is an automatic acknowledgement.", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("fr", "Pour en savoir plus et exercer vos droits : https://pauseia.fr/confidentialite")]
    [InlineData("en", "To learn more and exercise your rights: https://pauseia.fr/confidentialite")]
    public void OnlyTheFirstAcknowledgementToANewContactCarriesThePrivacyNotice(string language, string notice)
    {
        Assert.Contains(notice, Compose(Inquiry(language), firstContact: true).Text, StringComparison.Ordinal);
        Assert.DoesNotContain("https://pauseia.fr/confidentialite", Compose(Inquiry(language), firstContact: false).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AMailToSomeoneElseThanTheJournalistGreetsNobodyByName()
    {
        var mail = composer.Compose(Inquiry("fr"), Email(), "bounces+claire@mail.lemonde.fr", firstContact: false, Now);

        Assert.StartsWith("Bonjour,\n\n", mail.Text, StringComparison.Ordinal);
        Assert.Equal([new MailAddress("bounces+claire@mail.lemonde.fr")], mail.To);
    }

    private OutgoingMail Compose(Inquiry inquiry, bool firstContact = false) =>
        composer.Compose(inquiry, Email(), inquiry.Journalist.Email, firstContact, Now);

    private static Inquiry Inquiry(string language) => new()
    {
        Reference = "PIA-2026-0042",
        Subject = "Demande d'interview",
        Journalist = new MailAddress("claire.dubois@lemonde.fr", "Claire Dubois"),
        Language = language,
        ReceivedAt = Now,
    };

    private static InboundEmail Email() => new()
    {
        Key = "k",
        ReceivedAt = Now,
        MessageId = "abc@lemonde.fr",
        From = new MailAddress("claire.dubois@lemonde.fr", "Claire Dubois"),
        Subject = "Demande d'interview",
        Text = "Bonjour",
    };
}
