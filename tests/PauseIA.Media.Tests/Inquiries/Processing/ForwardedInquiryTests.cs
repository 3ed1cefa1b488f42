using PauseIA.Media.Inquiries;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Inquiries.Processing;

/// <summary>
/// A journalist's email forwarded to the press inbox is the journalist's inquiry, whoever of ours
/// forwards it (issue 9, defect 2): a volunteer on our own domains who is not in the team directory,
/// or a team member writing from a personal address the team settings list.
/// </summary>
public sealed class ForwardedInquiryTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private const string LeaPersonal = "lea.dubois.perso@gmail.com";

    private static readonly Dictionary<string, string?> Settings = new()
    {
        // Léa Dubois, the Lyon lead, is the third member of the test team.
        ["Team:Members:2:OtherEmails:0"] = LeaPersonal,
    };

    private static string Forward(string journalist, string subject) =>
        $"Pour suivi.\n\n---------- Forwarded message ---------\nFrom: Paul Martin <{journalist}>\nDate: Mon, 30 Nov 2026 at 08:00\nSubject: {subject}\nTo: Pause IA <contact@pauseia.fr>\n\nBonjour, pouvez-vous me rappeler avant 16h ?\n\nPaul Martin\n";

    [Theory]
    [InlineData("Sam Bénévole <sam.benevole@pauseia.fr>", "sam.benevole@pauseia.fr", "volunteer")]
    [InlineData("Noé <noe@lyon.pauseia.fr>", "noe@lyon.pauseia.fr", "subdomain")]
    [InlineData($"Léa <{LeaPersonal}>", TestSettings.LyonLead, "personal")]
    public async Task AForwardFromOneOfOursIsTheJournalistsInquiryAndAcknowledgesNobody(string forwarder, string forwardedBy, string tag)
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite, Settings);
        var journalist = $"paul.martin+{tag}@lyoncapitale.fr";

        var reference = await harness.ProcessAsync(TestMail.Eml(forwarder, "Fwd: Interview sur la manif", Forward(journalist, "Interview sur la manif"), $"fwd-{tag}@example.org"));

        var thread = (await harness.Store.FindThreadAsync(reference!))!;
        Assert.Equal(journalist, thread.Inquiry.Journalist.Email);
        Assert.Equal("Paul Martin", thread.Inquiry.Journalist.Name);
        Assert.Equal("Interview sur la manif", thread.Inquiry.Subject);
        Assert.Equal(forwardedBy, thread.Inquiry.ForwardedBy);
        Assert.Empty(await harness.SentAsync(reference!, "acknowledgement"));
        Assert.Contains(thread.Events, e => e.Kind == InquiryEventKind.AcknowledgementSkipped);
        Assert.Contains(harness.Contacts.Senders, s => s.Email == journalist);
        Assert.DoesNotContain(harness.Contacts.Senders, s => s.Email == forwarder);
    }

    [Fact]
    public async Task ATeamMemberForwardingFromTheirPersonalAddressWatchesTheInquiry()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite, Settings);

        var reference = await harness.ProcessAsync(TestMail.Eml($"Léa <{LeaPersonal}>", "Fwd: Budget", Forward("paul.martin+watch@lyoncapitale.fr", "Budget"), "fwd-watch@gmail.com"));

        var inquiry = (await harness.Store.FindAsync(reference!))!;
        Assert.True(inquiry.Involves(TestSettings.LyonLead));
    }

    [Fact]
    public async Task AJournalistForwardingAColleaguesEmailStaysTheJournalist()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite, Settings);

        var reference = await harness.ProcessAsync(TestMail.Eml("Claire <claire+fwd@lemonde.fr>", "Fwd: Interview", Forward("paul.martin+colleague@lyoncapitale.fr", "Interview"), "fwd-colleague@lemonde.fr"));

        var inquiry = (await harness.Store.FindAsync(reference!))!;
        Assert.Equal("claire+fwd@lemonde.fr", inquiry.Journalist.Email);
        Assert.Null(inquiry.ForwardedBy);
        Assert.Single(await harness.SentAsync(reference!, "acknowledgement"));
    }

    [Fact]
    public async Task AVolunteerOnOurDomainWritingDirectlyIsNotAcknowledged()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite, Settings);

        var reference = await harness.ProcessAsync(TestMail.Eml("Sam <sam.direct@pauseia.fr>", "Une question", "Bonjour, qui répond à la presse ?", "direct@pauseia.fr"));

        Assert.Empty(await harness.SentAsync(reference!, "acknowledgement"));
    }

    [Fact]
    public async Task ARoutingRuleMayAcknowledgeForwardsToTheJournalistOncePerJournalist()
    {
        var settings = new Dictionary<string, string?>(Settings)
        {
            ["Routing:Rules:0:Name"] = "transferts-accuses",
            ["Routing:Rules:0:AssignTo"] = "spokesperson",
            ["Routing:Rules:0:AcknowledgeForwards"] = "true",
        };
        await using var harness = await InquiryHarness.CreateAsync(azurite, settings);

        var first = await harness.ProcessAsync(TestMail.Eml("Sam <sam.ack@pauseia.fr>", "Fwd: Un", Forward("paul.martin+ack1@lyoncapitale.fr", "Un"), "fwd-ack1@pauseia.fr"));
        var second = await harness.ProcessAsync(TestMail.Eml("Sam <sam.ack@pauseia.fr>", "Fwd: Deux", Forward("paul.martin+ack2@lyoncapitale.fr", "Deux"), "fwd-ack2@pauseia.fr"));
        var again = await harness.ProcessAsync(TestMail.Eml("Sam <sam.ack@pauseia.fr>", "Fwd: Trois", Forward("paul.martin+ack1@lyoncapitale.fr", "Trois"), "fwd-ack3@pauseia.fr"));

        Assert.Equal(["paul.martin+ack1@lyoncapitale.fr"], Assert.Single(await harness.SentAsync(first!, "acknowledgement")).To);
        Assert.Equal(["paul.martin+ack2@lyoncapitale.fr"], Assert.Single(await harness.SentAsync(second!, "acknowledgement")).To);
        Assert.Empty(await harness.SentAsync(again!, "acknowledgement"));
        var ack = Assert.Single(await harness.SentAsync(first!, "acknowledgement"));
        Assert.False(ack.Headers.ContainsKey("In-Reply-To"));
    }
}
