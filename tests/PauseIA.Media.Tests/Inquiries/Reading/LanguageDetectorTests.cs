using PauseIA.Media.Inquiries.Reading;

namespace PauseIA.Media.Tests.Inquiries.Reading;

public sealed class LanguageDetectorTests
{
    private readonly LanguageDetector detector = new();

    [Theory]
    [InlineData("Demande d'interview", "Bonjour, je suis journaliste et je prépare un article sur l'IA. Pourriez-vous me rappeler ?", "fr")]
    [InlineData("Request for comment", "Hello, I'm a reporter at POLITICO Europe. Could someone give us a short comment on the code of practice?", "en")]
    [InlineData("Interview request", "", "en")]
    [InlineData("Demande", "", "fr")]
    [InlineData("", "Hi, quick question about your protest on Saturday. Thanks!", "en")]
    [InlineData("", "Merci !", "fr")]
    [InlineData("", "", "fr")]
    [InlineData("", "OK", "fr")]
    [InlineData("Pause IA", "Pause IA", "fr")]
    [InlineData("AI Act", "Deadline 16h, interview ?", "fr")]
    [InlineData("Re: interview", "Thanks, that works for me. I will call you at 3pm.\n\nLe mar. 24 nov. 2026 à 10:13, Pause IA Presse <presse@pauseia.fr> a écrit :\n> Bonjour, nous avons bien reçu votre demande et notre porte-parole vous répond au plus vite.", "en")]
    [InlineData("Re: interview", "Merci, c'est parfait pour moi.\n\nOn Tue, Nov 24, 2026 at 10:13 AM Press <press@pauseai.info> wrote:\n> Hello, we have received your request and our spokesperson will answer as soon as we can.", "fr")]
    [InlineData("Re: interview", "Très bien.\n> Thank you for your request, we will be in touch with you shortly about the interview.", "fr")]
    [InlineData("", "Bonjour, I am writing for The Guardian about the AI summit in Paris and would like to speak to your spokesperson.", "en")]
    [InlineData("", "Bonjour, je travaille pour le Guardian. Est-ce que votre porte-parole serait disponible pour une interview ?", "fr")]
    public void TellsFrenchFromEnglish(string subject, string body, string expected)
    {
        Assert.Equal(expected, detector.Detect(subject, body));
    }

    [Theory]
    [InlineData("01-fr-national-deadline.eml", "fr")]
    [InlineData("02-en-international.eml", "en")]
    [InlineData("03-fr-local-lyon.eml", "fr")]
    [InlineData("06-reply-in-thread.eml", "fr")]
    [InlineData("07-fr-tv-urgent.eml", "fr")]
    public void TellsTheLanguageOfTheSampleEmails(string file, string expected)
    {
        var message = InboundSamples.Load(file);

        Assert.Equal(expected, detector.Detect(message.Subject ?? "", message.Body()));
    }

    [Fact]
    public void NeverThrowsOnOddInput()
    {
        Assert.Equal("fr", detector.Detect("\uD800", "\uFFFF\u202E\u0000"));
        Assert.Equal("en", detector.Detect("", string.Concat(Enumerable.Repeat("the and of to with ", 100_000))));
    }
}
