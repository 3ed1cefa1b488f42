using Microsoft.Extensions.Options;
using PauseIA.Media.Inquiries.Reading;

namespace PauseIA.Media.Tests.Inquiries.Reading;

public sealed class SignatureReaderTests
{
    private readonly OutletDirectory outlets = new(Options.Create(new OutletOptions()));
    private readonly SignatureReader reader = new();

    [Theory]
    [InlineData("01-fr-national-deadline.eml", "Claire Dubois", "Journaliste", "Le Monde", "06 12 34 56 78")]
    [InlineData("02-en-international.eml", "Martin Hartley", "Technology reporter", "POLITICO Europe", "+32 2 555 01 23")]
    [InlineData("03-fr-local-lyon.eml", "Julien Mahé", null, "Le Progrès", null)]
    [InlineData("06-reply-in-thread.eml", "Claire", null, null, null)]
    [InlineData("07-fr-tv-urgent.eml", null, null, null, "01 23 45 67 89")]
    public void ReadsTheSignaturesOfTheSampleEmails(string file, string? name, string? title, string? outlet, string? phone)
    {
        var message = InboundSamples.Load(file);

        Assert.Equal(new SignatureInfo(name, title, outlet, phone), reader.Read(message.Body(), outlets));
    }

    [Theory]
    [InlineData("Bonjour,\nUne question.\n\nCordialement,\nSophie Martin | Rédactrice en chef adjointe | Lyon Capitale\nTél. : +33 (0)6 11 22 33 44",
        "Sophie Martin", "Rédactrice en chef adjointe", "Lyon Capitale", "+33 (0)6 11 22 33 44")]
    [InlineData("Hello,\nA question.\n\nKind regards,\n\nJane Doe\nSenior correspondent at The Guardian\nM: +44 7700 900123",
        "Jane Doe", "Senior correspondent", "The Guardian", "+44 7700 900123")]
    [InlineData("Bonjour,\nUne question.\n\n-- \nPaul Durand\nJournaliste pigiste – La Gazette de Pézenas\n06.98.76.54.32",
        "Paul Durand", "Journaliste pigiste", "La Gazette de Pézenas", "06.98.76.54.32")]
    [InlineData("Bonjour,\nUne question.\n\nBien à vous,\nANNE-SOPHIE LEROY\nCorrespondante à Bruxelles\n\nEnvoyé de mon iPhone",
        "ANNE-SOPHIE LEROY", "Correspondante à Bruxelles", null, null)]
    [InlineData("Bonjour,\nUne question.\n\nClaire Dubois\nJournaliste\nLe Monde\n80 boulevard Auguste-Blanqui, 75013 Paris\nTél. : 01 57 28 20 00 | Mob. : 06 12 34 56 78",
        "Claire Dubois", "Journaliste", "Le Monde", "01 57 28 20 00")]
    [InlineData("Hello,\nQuestion.\n\n--\nJohn Smith | Senior Reporter | Reuters\nT: +44 20 7542 1234 | M: +44 7700 900 123\n@johnsmith",
        "John Smith", "Senior Reporter", "Reuters", "+44 20 7542 1234")]
    [InlineData("Bonjour,\nQuestion.\n\nBien cordialement,\n\nJean Dupont\nChef du service Société\nFrance Inter – Radio France",
        "Jean Dupont", "Chef du service Société", "France Inter", null)]
    [InlineData("Bonjour,\nQuestion.\n\nMerci,\nMarie-Hélène de La Tour\nEnvoyée spéciale, Libération\n+33 6 12 34 56 78",
        "Marie-Hélène de La Tour", "Envoyée spéciale", "Libération", "+33 6 12 34 56 78")]
    [InlineData("Bonjour,\nQuestion.\n\nCordialement\n\nPierre Martin, journaliste à Lyon Capitale\n04 78 00 00 00",
        "Pierre Martin", "journaliste", "Lyon Capitale", "04 78 00 00 00")]
    [InlineData("Hi there,\nquick question.\n\nBest regards,\nSarah O'Connor\nFreelance journalist (The Guardian, Wired)\nsarah@example.com",
        "Sarah O'Connor", "Freelance journalist", "The Guardian", null)]
    [InlineData("Hi, can we talk tomorrow? Thanks", null, null, null, null)]
    public void ReadsNameTitleOutletAndPhone(string body, string? name, string? title, string? outlet, string? phone)
    {
        Assert.Equal(new SignatureInfo(name, title, outlet, phone), reader.Read(body, outlets));
    }

    [Fact]
    public void IgnoresTheSignatureOfQuotedMessages()
    {
        const string body = "Parfait, merci.\n\nLe mar. 24 nov. 2026 à 10:13, Pause IA Presse <presse@pauseia.fr> a écrit :\n> Cordialement,\n> Marie Curie\n> Porte-parole, Pause IA\n> 07 00 00 00 00";

        Assert.Equal(SignatureInfo.Empty, reader.Read(body, outlets));
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("\uD800\uFFFF")]
    [InlineData("Cordialement,")]
    public void NeverThrowsOnOddInput(string body)
    {
        Assert.Equal(SignatureInfo.Empty, reader.Read(body, outlets));
    }

    [Fact]
    public void ReadsAHugeBody()
    {
        var body = string.Concat(Enumerable.Repeat("Une très longue ligne de texte sans fin. ", 4_000)) + "\n\nCordialement,\nClaire Dubois";

        Assert.Equal("Claire Dubois", reader.Read(body, outlets).Name);
    }
}
