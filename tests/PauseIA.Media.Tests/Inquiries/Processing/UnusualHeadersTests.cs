using PauseIA.Media.Contacts;
using PauseIA.Media.Inquiries;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Inquiries.Processing;

/// <summary>
/// Every archived email ends as an inquiry or as filed mail, whatever its headers hold (issue 9, defect 1):
/// with the real contact list, whose rules refuse addresses that mail still carries.
/// </summary>
public sealed class UnusualHeadersTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    public static TheoryData<string, string> RefusedSenders => new()
    {
        // A UUCP bang path, from MimeKit's and Mail::Address's own test suites.
        { "develop!nextmime@ebony", "bang" },
        { "claire@localhost", "nodot" },
        { $"{new string('c', 65)}@lemonde.fr", "longlocal" },
        { $"claire@{string.Join('.', Enumerable.Repeat(new string('d', 60), 5))}.fr", "longdomain" },
    };

    [Theory]
    [MemberData(nameof(RefusedSenders))]
    public async Task ASenderTheContactRulesRefuseStillOpensAnInquiryThatSaysSo(string sender, string tag)
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite, realContacts: true);
        var eml = TestMail.Eml($"Claire <{sender}>", "Interview demain ?", "Bonjour, pouvez-vous me rappeler ?", $"refused-{tag}@example.org");

        var reference = await harness.ProcessAsync(eml);

        var thread = (await harness.Store.FindThreadAsync(reference!))!;
        Assert.Equal(sender.ToLowerInvariant(), thread.Inquiry.Journalist.Email);
        Assert.Contains(thread.Events, e => e.Kind == InquiryEventKind.Problem && e.Text.Contains(sender, StringComparison.OrdinalIgnoreCase));
        Assert.Contains(thread.Events, e => e.Kind == InquiryEventKind.AcknowledgementSkipped);
        Assert.Empty(await harness.SentAsync(reference!, "acknowledgement"));
        Assert.NotEmpty(await harness.SentAsync(reference!, "notification"));
        Assert.Null(await harness.Services.Get<IJournalistContacts>().FindAsync(sender));
    }

    [Fact]
    public async Task ABangPathSenderPostedInParsedModeOpensAnInquiryToo()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite, realContacts: true);

        var reference = await harness.ProcessAsync(TestMail.Eml("develop!nextmime@ebony", "Question", "Bonjour", "bang-parsed@ebony"), raw: false);

        var thread = (await harness.Store.FindThreadAsync(reference!))!;
        Assert.Equal("develop!nextmime@ebony", thread.Inquiry.Journalist.Email);
        Assert.Contains(thread.Events, e => e.Kind == InquiryEventKind.Problem);
    }

    [Fact]
    public async Task AValidSenderWithAnInvalidReturnPathOpensAnInquiryWithoutAcknowledgement()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite, realContacts: true);
        var eml = TestMail.Eml("Claire <claire+badpath@lemonde.fr>", "Question", "Bonjour", "badpath@lemonde.fr");

        var reference = await harness.ProcessAsync(eml, options: new InboundPosts.Options(EnvelopeFrom: "bounces!claire@mailer"));

        var thread = (await harness.Store.FindThreadAsync(reference!))!;
        Assert.Equal("claire+badpath@lemonde.fr", thread.Inquiry.Journalist.Email);
        Assert.Empty(await harness.SentAsync(reference!, "acknowledgement"));
        Assert.Contains(thread.Events, e => e.Kind == InquiryEventKind.AcknowledgementSkipped && e.Text.Contains("bounces!claire@mailer", StringComparison.Ordinal));
        Assert.NotNull(await harness.Services.Get<IJournalistContacts>().FindAsync("claire+badpath@lemonde.fr"));
    }

    public static TheoryData<string, string> OversizedHeaders => new()
    {
        { "name", $"From: \"{new string('N', 40_000)}\" <claire+bigname@lemonde.fr>" },
        { "messageid", $"X-Case: messageid" },
        { "cc", "Cc: " + string.Join(", ", Enumerable.Range(0, 3_000).Select(i => $"someone.with.a.long.name{i}@example.org")) },
        { "subject", $"X-Case: subject" },
    };

    [Theory]
    [MemberData(nameof(OversizedHeaders))]
    public async Task OversizedHeadersAreKeptShortAndTheInquiryStillOpens(string tag, string header)
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite, realContacts: true);
        var from = header.StartsWith("From:", StringComparison.Ordinal) ? header["From: ".Length..] : $"Claire <claire+{tag}@lemonde.fr>";
        var subject = tag == "subject" ? new string('S', 40_000) : "Question";
        var messageId = tag == "messageid" ? $"{new string('m', 40_000)}@lemonde.fr" : $"big-{tag}@lemonde.fr";
        var extra = header.StartsWith("From:", StringComparison.Ordinal) ? [] : new[] { header };

        var key = await harness.ReceiveAsync(InboundPosts.Raw(TestMail.Eml(from, subject, "Bonjour", messageId, extra)));
        await harness.DrainAsync();

        var record = (await harness.Services.Get<InboundLog>().FindAsync(key))!;
        Assert.NotNull(record.Reference);
        Assert.NotNull(await harness.Store.FindThreadAsync(record.Reference));
    }
}
