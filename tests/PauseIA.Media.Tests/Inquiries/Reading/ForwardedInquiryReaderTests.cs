using PauseIA.Media.Inquiries.Reading;

namespace PauseIA.Media.Tests.Inquiries.Reading;

public sealed class ForwardedInquiryReaderTests
{
    private readonly ForwardedInquiryReader reader = new();

    private const string OriginalBody = "Bonjour,\n\nPourriez-vous me répondre avant 16h ?\n\nClaire Dubois\nJournaliste – Le Monde";

    public static TheoryData<string, string, string> Forwards => new()
    {
        {
            "Outlook (French)", "TR: Demande d'interview",
            "Peux-tu regarder ?\n\n________________________________\nDe : Claire Dubois <claire.dubois@lemonde.fr>\nEnvoyé : jeudi 3 décembre 2026 10:12\nÀ : Marie <marie@pauseia.fr>\nObjet : Demande d'interview\n\n" + OriginalBody
        },
        {
            "Outlook (English)", "FW: Demande d'interview",
            "See below.\n\nFrom: Claire Dubois <claire.dubois@lemonde.fr>\nSent: Thursday, December 3, 2026 10:12 AM\nTo: Marie <marie@pauseia.fr>\nSubject: Demande d'interview\n\n" + OriginalBody
        },
        {
            "Outlook (mailto)", "TR: Demande d'interview",
            "-----Message d'origine-----\nDe : Claire Dubois [mailto:claire.dubois@lemonde.fr]\nEnvoyé : jeudi 3 décembre 2026 10:12\nÀ : presse@pauseia.fr\nObjet : Demande d'interview\n\n" + OriginalBody
        },
        {
            "Gmail (English)", "Fwd: Demande d'interview",
            "FYI\n\n---------- Forwarded message ---------\nFrom: Claire Dubois <claire.dubois@lemonde.fr>\nDate: Thu, Dec 3, 2026 at 10:12 AM\nSubject: Demande d'interview\nTo: <marie@pauseia.fr>\n\n\n" + OriginalBody
        },
        {
            "Gmail (French)", "Fwd: Demande d'interview",
            "---------- Message transféré ---------\nDe : Claire Dubois <claire.dubois@lemonde.fr>\nDate: jeu. 3 déc. 2026 à 10:12\nSubject: Demande d'interview\nTo: <marie@pauseia.fr>\n\n" + OriginalBody
        },
        {
            "Apple Mail", "Fwd: Demande d'interview",
            "Pour info\n\nBegin forwarded message:\n\nFrom: Claire Dubois <claire.dubois@lemonde.fr>\nSubject: Demande d'interview\nDate: 3 December 2026 at 10:12:00 CET\nTo: marie@pauseia.fr\n\n" + OriginalBody
        },
        {
            "Apple Mail (French)", "Fwd: Demande d'interview",
            "Début du message réexpédié :\n\nDe: Claire Dubois <claire.dubois@lemonde.fr>\nObjet: Demande d'interview\nDate: 3 décembre 2026 à 10:12:00 UTC+1\nÀ: marie@pauseia.fr\n\n" + OriginalBody
        },
        {
            "Thunderbird (French)", "TR: Demande d'interview",
            "\n\n-------- Message transféré --------\nSujet : \tDemande d'interview\nDate : \tThu, 3 Dec 2026 10:12:00 +0100\nDe : \tClaire Dubois <claire.dubois@lemonde.fr>\nPour : \tmarie@pauseia.fr\n\n" + OriginalBody
        },
        {
            "Thunderbird (English)", "Fwd: Demande d'interview",
            "-------- Original Message --------\nSubject: Demande d'interview\nDate: Thu, 3 Dec 2026 10:12:00 +0100\nFrom: Claire Dubois <claire.dubois@lemonde.fr>\nTo: marie@pauseia.fr\n\n" + OriginalBody
        },
        {
            "Inline quote", "Fwd: Demande d'interview",
            "---------- Forwarded message ---------\n> From: Claire Dubois <claire.dubois@lemonde.fr>\n> Date: Thu, 3 Dec 2026 10:12:00 +0100\n> Subject: Demande d'interview\n>\n> Bonjour,\n>\n> Pourriez-vous me répondre avant 16h ?\n>\n> Claire Dubois\n> Journaliste – Le Monde"
        },
    };

    [Theory]
    [MemberData(nameof(Forwards))]
    public void ReadsTheOriginalMessageOfAForward(string client, string subject, string body)
    {
        var forwarded = reader.Read(subject, body);

        Assert.True(forwarded is not null, client);
        Assert.Equal("claire.dubois@lemonde.fr", forwarded.FromEmail);
        Assert.Equal("Claire Dubois", forwarded.FromName);
        Assert.Equal("Demande d'interview", forwarded.Subject);
        Assert.Equal(OriginalBody, forwarded.Body);
        Assert.Equal(DateTimeOffset.Parse("2026-12-03T09:12:00Z"), forwarded.SentAt);
    }

    [Fact]
    public void ReadsAForwardInHtml()
    {
        const string html = "<div>Pour toi</div><div class=\"gmail_quote\"><div>---------- Forwarded message ---------<br>From: <strong>Claire Dubois</strong> &lt;claire.dubois@lemonde.fr&gt;<br>Date: Thu, Dec 3, 2026 at 10:12 AM<br>Subject: Demande d'interview<br>To: &lt;marie@pauseia.fr&gt;<br></div><br><p>Bonjour,</p><p>Pourriez-vous me répondre avant 16h ?</p></div>";

        var forwarded = reader.Read("Fwd: Demande d'interview", html);

        Assert.Equal(("claire.dubois@lemonde.fr", "Claire Dubois", "Demande d'interview"), (forwarded?.FromEmail, forwarded?.FromName, forwarded?.Subject));
        Assert.Equal("Bonjour,\n\nPourriez-vous me répondre avant 16h ?", forwarded?.Body);
    }

    [Fact]
    public void TakesTheOuterSubjectWhenTheHeaderHasNone()
    {
        var forwarded = reader.Read("TR: Interview IA", "---------- Forwarded message ---------\nFrom: claire.dubois@lemonde.fr\n\nBonjour");

        Assert.Equal(("claire.dubois@lemonde.fr", null, "Interview IA", "Bonjour", null), (forwarded?.FromEmail, forwarded?.FromName, forwarded?.Subject, forwarded?.Body, forwarded?.SentAt));
    }

    [Fact]
    public void ReadsTheOutermostForwardFirst()
    {
        const string body = "---------- Forwarded message ---------\nFrom: Marie <marie@pauseia.fr>\nSubject: Fwd: Interview\n\n---------- Forwarded message ---------\nFrom: Claire Dubois <claire.dubois@lemonde.fr>\nSubject: Interview\n\nBonjour";

        var outer = reader.Read("Fwd: Fwd: Interview", body);
        var inner = reader.Read(outer!.Subject, outer.Body);

        Assert.Equal("marie@pauseia.fr", outer.FromEmail);
        Assert.Equal(("claire.dubois@lemonde.fr", "Interview", "Bonjour"), (inner?.FromEmail, inner?.Subject, inner?.Body));
    }

    [Theory]
    [InlineData("Demande d'interview", "Bonjour, pourriez-vous me rappeler ?")]
    [InlineData("RE: Demande", "Merci !\n\nDe : Claire Dubois <claire.dubois@lemonde.fr>\nEnvoyé : jeudi 3 décembre 2026 10:12\nObjet : Demande\n\nBonjour")]
    [InlineData("Fwd: Demande", "---------- Forwarded message ---------\nFrom: Claire Dubois\nSubject: Demande\n\nBonjour")]
    [InlineData("Fwd: Demande", "Pas de message transféré ici.")]
    [InlineData("", "")]
    [InlineData("TR:", "\uD800---------- Forwarded message ---------\n\uFFFF")]
    public void FindsNoForwardWhereThereIsNone(string subject, string body)
    {
        Assert.Null(reader.Read(subject, body));
    }

    [Fact]
    public void ReadsAForwardInAHugeBody()
    {
        var body = "---------- Forwarded message ---------\nFrom: Claire <claire.dubois@lemonde.fr>\n\n" + string.Concat(Enumerable.Repeat("ligne\n", 100_000));

        Assert.Equal("claire.dubois@lemonde.fr", reader.Read("Fwd: x", body)?.FromEmail);
    }
}
