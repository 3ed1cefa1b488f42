using PauseIA.Media.Inquiries.Reading;

namespace PauseIA.Media.Tests.Inquiries.Reading;

public sealed class InquiryTextTests
{
    [Theory]
    [InlineData("Merci !\n> ancien message\n> suite", "Merci !")]
    [InlineData("Merci !\n\nLe mar. 24 nov. 2026 à 10:13, Pause IA Presse <presse@pauseia.fr> a\nécrit :\nBonjour", "Merci !")]
    [InlineData("Thanks!\n\nOn Tue, Nov 24, 2026 at 10:13 AM Press <press@pauseai.info> wrote:\nHello", "Thanks!")]
    [InlineData("Merci !\n\n-----Original Message-----\nFrom: a@b.fr\nHello", "Merci !")]
    [InlineData("Merci !\n\nDe : Claire <c@lemonde.fr>\nEnvoyé : lundi 23 novembre 2026 10:12\nObjet : Interview\n\nAncien", "Merci !")]
    [InlineData("Le mardi, je suis disponible.\nLe matin surtout.", "Le mardi, je suis disponible.\nLe matin surtout.")]
    [InlineData("Le porte-parole a écrit :\n« Il faut une pause. »", "Le porte-parole a écrit :\n« Il faut une pause. »")]
    public void OwnKeepsWhatTheAuthorWrote(string body, string expected)
    {
        Assert.Equal(expected, InquiryText.Own(body, "Re: Interview"));
    }

    [Fact]
    public void OwnKeepsTheForwardedMessageOfAForward()
    {
        const string body = "Pour toi\n\nDe : Claire <c@lemonde.fr>\nEnvoyé : lundi 23 novembre 2026 10:12\nObjet : Interview\n\nDeadline 16h";

        Assert.EndsWith("Deadline 16h", InquiryText.Own(body, "TR: Interview"), StringComparison.Ordinal);
        Assert.EndsWith("Deadline 16h", InquiryText.Own("Pour toi\n---------- Forwarded message ---------\nFrom: Claire <c@lemonde.fr>\nSent: Monday\n\nDeadline 16h", "Interview"), StringComparison.Ordinal);
    }

    [Fact]
    public void FoldKeepsEveryCharacterInPlace()
    {
        const string text = "Échéance d’ici JEUDI\u00A0midi – Señor Œuvre 🚨 \uD800";

        var folded = InquiryText.Fold(text);

        Assert.Equal(text.Length, folded.Length);
        Assert.StartsWith("echeance d'ici jeudi midi - senor œuvre", folded, StringComparison.Ordinal);
    }

    [Fact]
    public void FlattenJoinsWrappedLinesAndKeepsParagraphs()
    {
        Assert.Equal("Our deadline is 3pm CET tomorrow.\nBest, Martin", InquiryText.Flatten("Our deadline is 3pm CET\r\ntomorrow.\n\n\nBest,\n  Martin  "));
    }

    [Fact]
    public void HtmlBecomesTheTextAReaderSees()
    {
        const string html = "<html><head><style>p { color: red }</style><script>alert('x')</script></head><body>"
            + "<div>Bonjour,</div><div><br></div><div>Une <b>question</b>&nbsp;:\nrappel &amp; suivi</div>"
            + "<p>Paragraphe</p><p>Suivant</p><blockquote>Ancien message</blockquote></body></html>";

        Assert.Equal("Bonjour,\n\nUne question\u00A0: rappel & suivi\n\nParagraphe\n\nSuivant\n\n> Ancien message", InquiryText.Plain(html));
        Assert.DoesNotContain("Ancien", InquiryText.Own(html), StringComparison.Ordinal);
    }

    [Fact]
    public void TextThatMentionsATagIsNotTakenForHtml()
    {
        Assert.Equal("Use a <b> tag? x < y", InquiryText.Plain("Use a <b> tag? x < y"));
    }
}
