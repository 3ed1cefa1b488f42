using Microsoft.Extensions.Options;
using PauseIA.Media.Email;
using PauseIA.Media.Inquiries.Classification;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Inquiries.Mail;

namespace PauseIA.Media.Tests.Inquiries.Classification;

public sealed class InboundClassifierTests
{
    private readonly InboundClassifier classifier = new(
        Options.Create(new MailOptions { PressAddress = "presse@pauseia.fr", OwnAddresses = ["contact@pauseia.fr"], MessageIdDomain = "media.pauseia.fr" }),
        Options.Create(new InboundOptions { Secret = "0123456789abcdef", SpamScoreThreshold = 5 }));

    [Fact]
    public void AnOrdinaryEmailIsAnInquiry() =>
        Assert.Equal(InboundKind.Inquiry, Kind(Email()));

    [Theory]
    [InlineData("Auto-Submitted", "auto-replied")]
    [InlineData("Auto-Submitted", "auto-generated")]
    [InlineData("X-Autoreply", "yes")]
    [InlineData("X-Autorespond", "Out of office")]
    [InlineData("Precedence", "auto_reply")]
    [InlineData("X-Auto-Response-Suppress", "All")]
    public void AutoReplyHeadersAreRecognised(string header, string value) =>
        Assert.Equal(InboundKind.AutoReply, Kind(Email(headers: [(header, value)])));

    [Fact]
    public void AutoSubmittedNoIsAPerson() =>
        Assert.Equal(InboundKind.Inquiry, Kind(Email(headers: [("Auto-Submitted", "no")])));

    [Theory]
    [InlineData("Absence du bureau : Demande d'interview")]
    [InlineData("Réponse\u00A0automatique : Communiqué Pause IA")]
    [InlineData("REPONSE AUTOMATIQUE: test")]
    [InlineData("Out of Office: Request for comment")]
    [InlineData("Automatic reply: Request for comment")]
    [InlineData("Autoreply: hello")]
    [InlineData("[Auto-Reply] hello")]
    [InlineData("Abwesenheitsnotiz: Anfrage")]
    public void OutOfOfficeSubjectsInFrenchAndEnglishAreRecognised(string subject) =>
        Assert.Equal(InboundKind.AutoReply, Kind(Email(subject: subject)));

    [Fact]
    public void AQuestionAboutOfficeHoursIsNotAnAutoReply() =>
        Assert.Equal(InboundKind.Inquiry, Kind(Email(subject: "Question: are you out of office hours on Sunday?")));

    [Fact]
    public void DeliveryReportsMailerDaemonsAndNullReturnPathsAreBounces()
    {
        Assert.Equal(InboundKind.Bounce, Kind(Email() with { IsDeliveryReport = true }));
        Assert.Equal(InboundKind.Bounce, Kind(Email(from: "MAILER-DAEMON@mx.example.org")));
        Assert.Equal(InboundKind.Bounce, Kind(Email(from: "postmaster@example.org")));
        Assert.Equal(InboundKind.Bounce, Kind(Email() with { EnvelopeFrom = "" }));
    }

    [Fact]
    public void ABounceFailingTheSenderChecksIsSuspiciousSoThatItCannotSilenceAnyone()
    {
        Assert.Equal(InboundKind.Suspicious, Kind(Email(from: "MAILER-DAEMON@mx.example.org") with { IsDeliveryReport = true, Spf = "fail" }));
        Assert.Equal(InboundKind.Suspicious, Kind(Email() with { EnvelopeFrom = "", Dkim = "{@lemonde.fr : fail}" }));
    }

    [Fact]
    public void ABounceThatIsAlsoAnAutoReplyIsABounce() =>
        Assert.Equal(InboundKind.Bounce, Kind(Email(from: "MAILER-DAEMON@mx.sendgrid.net", headers: [("Auto-Submitted", "auto-replied")])));

    [Theory]
    [InlineData("List-Id", "La Lettre <lettre.example>")]
    [InlineData("List-Unsubscribe", "<https://example.org/u>")]
    [InlineData("Precedence", "bulk")]
    [InlineData("Precedence", "list")]
    [InlineData("Precedence", "junk")]
    public void ListAndBulkMailIsBulk(string header, string value) =>
        Assert.Equal(InboundKind.Bulk, Kind(Email(headers: [(header, value)])));

    [Fact]
    public void OurOwnMailComingBackIsOwnMail()
    {
        Assert.Equal(InboundKind.OwnMail, Kind(Email(from: "presse@pauseia.fr")));
        Assert.Equal(InboundKind.OwnMail, Kind(Email(from: "Contact@PauseIA.fr")));
        Assert.Equal(InboundKind.OwnMail, Kind(Email() with { MessageId = "0190abc@media.pauseia.fr" }));
    }

    [Fact]
    public void OwnMailWinsOverAutoReplySoThatNoLoopCanStart() =>
        Assert.Equal(InboundKind.OwnMail, Kind(Email(from: "presse@pauseia.fr", headers: [("Auto-Submitted", "auto-replied")])));

    [Fact]
    public void FailedAuthenticationOrAHighSpamScoreIsSuspicious()
    {
        Assert.Equal(InboundKind.Suspicious, Kind(Email() with { Spf = "fail" }));
        Assert.Equal(InboundKind.Suspicious, Kind(Email() with { Dkim = "{@lemonde.fr : fail}" }));
        Assert.Equal(InboundKind.Suspicious, Kind(Email() with { SpamScore = 7.5 }));
        Assert.Equal(InboundKind.Inquiry, Kind(Email() with { Spf = "softfail", Dkim = "{@lemonde.fr : pass}", SpamScore = 4.9 }));
    }

    [Fact]
    public void EachClassificationSaysWhy() =>
        Assert.Contains("Auto-Submitted", classifier.Classify(Email(headers: [("Auto-Submitted", "auto-replied")])).Reason, StringComparison.Ordinal);

    [Theory]
    [InlineData("unsubscribe")]
    [InlineData(" Unsubscribe ")]
    public void TheSubjectOfOurListUnsubscribeMailtoIsAnUnsubscribeRequest(string subject) =>
        Assert.Equal(InboundKind.Unsubscribe, Kind(Email(subject: subject)));

    [Fact]
    public void AQuestionAboutUnsubscribingIsStillAnInquiry() =>
        Assert.Equal(InboundKind.Inquiry, Kind(Email(subject: "Comment se désabonner ? unsubscribe")));

    [Fact]
    public void AnUnsubscribeRequestFailingSpfIsSuspiciousSoNobodyIsOptedOutByAForgedSender() =>
        Assert.Equal(InboundKind.Suspicious, Kind(Email(subject: "unsubscribe") with { Spf = "fail" }));

    private InboundKind Kind(InboundEmail email) => classifier.Classify(email).Kind;

    private static InboundEmail Email(string from = "claire.dubois@lemonde.fr", string subject = "Demande d'interview", (string Name, string Value)[]? headers = null) => new()
    {
        Key = "k",
        ReceivedAt = DateTimeOffset.UnixEpoch,
        MessageId = "abc@lemonde.fr",
        From = new MailAddress(from.ToLowerInvariant(), null),
        Subject = subject,
        Text = "Bonjour",
        Headers = new MailHeaders((headers ?? []).Select(h => new KeyValuePair<string, string>(h.Name, h.Value)).ToList()),
    };
}
