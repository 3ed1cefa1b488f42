using System.Text;
using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Functions.Statements;
using PauseIA.Media.Inquiries;
using PauseIA.Media.Statements;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Statements;

public sealed class StatementDraftTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task EachSaveIsANewImmutableVersionInBlobStorage()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var first = await host.DraftAsync(host.PressOfficer, StatementAudience.ForSegment(host.NewSegment()));

        var put = await host.Services.CallAsync<StatementDraftFunctions>(host.PressOfficer.Email, (f, r) => f.Revise(r, first.Id), body: new { markdown = "# Deuxième\r\n\r\nTexte.\r\n" }, headers: new Dictionary<string, string> { ["If-Match"] = first.ETag });
        var v1 = await host.Services.CallAsync<StatementDraftFunctions>(host.Director.Email, (f, r) => f.Version(r, first.Id, 1));
        var v2 = await host.Services.CallAsync<StatementDraftFunctions>(host.Director.Email, (f, r) => f.Version(r, first.Id, 2));

        Assert.Equal(200, put.Status);
        Assert.Equal(2, (int?)put.Json!["version"]);
        Assert.NotEqual(first.ETag, put.Headers.ETag.ToString());
        Assert.Equal(StatementsTestHost.Markdown, (string?)v1.Json!["markdown"]);
        Assert.Equal("# Deuxième\n\nTexte.\n", (string?)v2.Json!["markdown"]);
        Assert.Equal((string?)put.Json["contentHash"], (string?)v2.Json["contentHash"]);
        Assert.Equal(2, put.Json["versions"]!.AsArray().Count);

        var container = host.Services.Provider.GetRequiredKeyedService<BlobContainerClient>(StatementBlobs.Name);
        var overwrite = await host.Get<StatementBlobs>().CreateAsync(StatementBlobs.VersionBlob(first.Id, 1), Encoding.UTF8.GetBytes("tampered"));
        Assert.False(overwrite);
        Assert.Equal(StatementsTestHost.Markdown, (await container.GetBlobClient($"{first.Id}/v1.md").DownloadContentAsync()).Value.Content.ToString());
    }

    [Fact]
    public async Task AVersionAsLongAsTheRendererTakesIsSavedPreviewedAndSentAndOneCharacterMoreIsRefusedAtSave()
    {
        // One limit, the renderer's, counted in characters: 100,000 euro signs are 300,000 bytes.
        var longest = "# Budget\n\n" + new string('€', PauseIA.Media.Markdown.MarkdownRenderer.MaxMarkdownLength - 10);
        await using var host = await StatementsTestHost.CreateAsync(azurite);

        var draft = await host.DraftAsync(host.PressOfficer, StatementAudience.ForSegment(host.NewSegment()), longest);
        var preview = await host.Get<PauseIA.Media.Statements.Sending.StatementPreviews>().PreviewAsync(draft.Id, host.PressOfficer, null);
        var editor = host.Get<PauseIA.Media.Statements.Sending.StatementPreviews>().RenderDraft(new(longest), host.PressOfficer);
        var sent = await host.SignedOffAsync(StatementAudience.ForSegment(host.NewSegment(1)), longest);
        await host.Get<PauseIA.Media.Statements.Sending.StatementSends>().StartAsync(sent, host.Spokesperson, null);
        await host.RunSendAsync(sent);

        Assert.Contains("€€€", preview.Html, StringComparison.Ordinal);
        Assert.Contains("€€€", editor.Text, StringComparison.Ordinal);
        Assert.Equal(StatementState.Sent, (await host.StatementAsync(sent)).State);

        var tooLong = await Assert.ThrowsAsync<PauseIA.Media.Common.DomainException>(() => host.DraftAsync(host.PressOfficer, StatementAudience.ForSegment(host.NewSegment()), longest + "€"));
        var tooLongDraft = Assert.Throws<PauseIA.Media.Common.DomainException>(() => host.Get<PauseIA.Media.Statements.Sending.StatementPreviews>().RenderDraft(new(longest + "€"), host.PressOfficer));
        Assert.Equal(PauseIA.Media.Common.DomainErrorKind.PayloadTooLarge, tooLong.Kind);
        Assert.Equal(tooLong.Message, tooLongDraft.Message);
        Assert.Contains("100000", tooLong.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APutWithAStaleETagIsRefusedAndWritesNothing()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var first = await host.DraftAsync(host.PressOfficer, StatementAudience.ForSegment(host.NewSegment()));
        await host.Get<StatementDrafts>().ReviseAsync(first.Id, new SaveStatementRequest("# v2\n"), first.ETag, host.PressOfficer);

        var stale = await host.Services.CallAsync<StatementDraftFunctions>(host.LyonLead.Email, (f, r) => f.Revise(r, first.Id), body: new { markdown = "# v3 from a stale read\n" }, headers: new Dictionary<string, string> { ["If-Match"] = first.ETag });
        var missing = await host.Services.CallAsync<StatementDraftFunctions>(host.LyonLead.Email, (f, r) => f.Revise(r, first.Id), body: new { markdown = "# v3 without If-Match\n" });

        Assert.Equal(412, stale.Status);
        Assert.Equal(400, missing.Status);
        Assert.Equal(2, (await host.StatementAsync(first.Id)).Version);
        Assert.Null(await host.Get<StatementBlobs>().ReadAsync(StatementBlobs.VersionBlob(first.Id, 3)));
    }

    [Fact]
    public async Task ASentStatementCannotGetANewVersion()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var id = await host.SignedOffAsync(StatementAudience.ForSegment(host.NewSegment(1)));
        await host.Get<PauseIA.Media.Statements.Sending.StatementSends>().StartAsync(id, host.Spokesperson, null);
        await host.RunSendAsync(id);
        var sent = await host.Get<StatementQueries>().GetAsync(id, host.Spokesperson);

        var refused = await host.Services.CallAsync<StatementDraftFunctions>(host.Spokesperson.Email, (f, r) => f.Revise(r, id), body: new { markdown = "# Rectificatif\n" }, headers: new Dictionary<string, string> { ["If-Match"] = sent.ETag });

        Assert.Equal(StatementState.Sent, sent.State);
        Assert.Equal(409, refused.Status);
        Assert.Null(await host.Get<StatementBlobs>().ReadAsync(StatementBlobs.VersionBlob(id, 2)));
    }

    public static TheoryData<string, int> BadDrafts() => new()
    {
        { "", 400 },
        { "not json", 400 },
        { """{ "kind": "pressRelease", "audience": { "segment": "SEGMENT" } }""", 400 },
        { """{ "markdown": "# x", "audience": { "segment": "SEGMENT" } }""", 400 },
        { """{ "markdown": "# x", "kind": "memo", "audience": { "segment": "SEGMENT" } }""", 400 },
        { """{ "markdown": "# x", "kind": "pressRelease" }""", 400 },
        { """{ "markdown": "# x", "kind": "pressRelease", "audience": { "segment": "SEGMENT", "emails": ["a@b.fr"] } }""", 400 },
        { """{ "markdown": "# x", "kind": "pressRelease", "audience": { "segment": "nosuchsegment" } }""", 400 },
        { """{ "markdown": "# x", "kind": "pressRelease", "audience": { "emails": ["stranger@example.org"] } }""", 400 },
        { """{ "markdown": "# x", "kind": "pressRelease", "audience": { "emails": ["not an address"] } }""", 400 },
        { """{ "markdown": "# x", "kind": "pressRelease", "audience": { "inquiry": "PIA-2026-0042" } }""", 400 },
        { """{ "markdown": "# x", "kind": "pressRelease", "inquiry": "PIA-2026-0042", "audience": { "segment": "SEGMENT" } }""", 400 },
        { """{ "markdown": "# x", "kind": "inquiryAnswer" }""", 400 },
        { """{ "markdown": "# x", "kind": "inquiryAnswer", "inquiry": "PIA-2026-9999" }""", 400 },
        { """{ "markdown": "# x", "kind": "inquiryAnswer", "inquiry": "nonsense" }""", 400 },
        { """{ "markdown": "# x", "title": "Sujet\r\nBcc: victime@example.org", "kind": "pressRelease", "audience": { "segment": "SEGMENT" } }""", 400 },
        { """{ "markdown": "---\ntitle: [unclosed\n---\n# x", "kind": "pressRelease", "audience": { "segment": "SEGMENT" } }""", 400 },
        { """{ "markdown": "---\nembargo: someday\n---\n# x", "kind": "pressRelease", "audience": { "segment": "SEGMENT" } }""", 400 },
        { """{ "markdown": "# x", "kind": "pressRelease", "embargoMode": "whenever", "audience": { "segment": "SEGMENT" } }""", 400 },
        { "{ \"markdown\": \"" + new string('a', 200_001) + "\", \"kind\": \"pressRelease\", \"audience\": { \"segment\": \"SEGMENT\" } }", 413 },
        { "{ \"markdown\": \"" + new string('a', 1_000_001) + "\" }", 413 },
    };

    [Theory]
    [MemberData(nameof(BadDrafts))]
    public async Task ABadDraftGetsItsStatusAndNothingIsStored(string body, int status)
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var segment = host.NewSegment();
        host.Inquiries.Add(new InquiryReplyContext("PIA-2026-0042", "j.dupont@lemonde.fr", "Jeanne Dupont", "fr", "Demande d'interview", "abc@lemonde.fr", ["abc@lemonde.fr"]));
        var before = (await host.Get<StatementQueries>().ListAsync(null)).Count;

        var refused = await host.Services.CallAsync<StatementDraftFunctions>(host.PressOfficer.Email, (f, r) => f.Create(r), body: body.Replace("SEGMENT", segment, StringComparison.Ordinal));

        Assert.Equal(status, refused.Status);
        Assert.False(string.IsNullOrWhiteSpace(refused.Error));
        Assert.Equal(before, (await host.Get<StatementQueries>().ListAsync(null)).Count);
    }

    [Fact]
    public async Task AnInquiryAnswerGoesToItsInquiryByDefault()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        host.Contacts.Add("j.dupont@lemonde.fr", "Jeanne Dupont");
        host.Inquiries.Add(new InquiryReplyContext("PIA-2026-0042", "j.dupont@lemonde.fr", "Jeanne Dupont", "fr", "Demande d'interview", "abc@lemonde.fr", ["abc@lemonde.fr"]));

        var created = await host.Services.CallAsync<StatementDraftFunctions>(host.Spokesperson.Email, (f, r) => f.Create(r), body: new { markdown = "Bonjour,\n\nVoici notre réponse.\n", kind = "inquiryAnswer", inquiry = "pia-2026-0042" });

        Assert.Equal(201, created.Status);
        Assert.Equal("PIA-2026-0042", (string?)created.Json!["inquiry"]);
        Assert.Equal("PIA-2026-0042", (string?)created.Json["audience"]!["inquiry"]);
        Assert.Null(created.Json["audience"]!["segment"]);
    }

    [Fact]
    public async Task TheFrontMatterAudienceNamesASegmentAndAnEmbargoDefaultsToSendingAtTheEmbargo()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var segment = host.NewSegment();
        var markdown = $"---\ntitle: Sous embargo\naudience: {segment}\nembargo: 2026-12-01T08:00:00+01:00\n---\n# Texte\n";

        var view = await host.Get<StatementDrafts>().CreateAsync(new SaveStatementRequest(markdown, Kind: StatementKind.PressRelease), host.PressOfficer);

        Assert.Equal(segment, view.Audience.Segment);
        Assert.Equal(EmbargoMode.AtEmbargo, view.EmbargoMode);
        Assert.Equal(new DateTimeOffset(2026, 12, 1, 7, 0, 0, TimeSpan.Zero), view.Embargo);
    }

    [Fact]
    public async Task ThePutKeepsWhatItLeavesOutAndCanClearTheTitleOverride()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var segment = host.NewSegment();
        var first = await host.Get<StatementDrafts>().CreateAsync(
            new SaveStatementRequest("# Corps\n", Title: "Titre d'API", Kind: StatementKind.Reaction, Audience: StatementAudience.ForSegment(segment)), host.PressOfficer);

        var kept = await host.Get<StatementDrafts>().ReviseAsync(first.Id, new SaveStatementRequest("# Corps modifié\n"), first.ETag, host.PressOfficer);
        var cleared = await host.Get<StatementDrafts>().ReviseAsync(first.Id, new SaveStatementRequest("---\ntitle: Titre du texte\n---\n# Corps\n", Title: ""), kept.ETag, host.PressOfficer);

        Assert.Equal("Titre d'API", kept.Title);
        Assert.Equal(StatementKind.Reaction, kept.Kind);
        Assert.Equal(segment, kept.Audience.Segment);
        Assert.Equal("Titre du texte", cleared.Title);
    }

    [Fact]
    public async Task ListingFiltersByStateAndRefusesAnUnknownState()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var review = await host.InReviewAsync(StatementAudience.ForSegment(host.NewSegment()));

        var inReview = await host.Services.CallAsync<StatementDraftFunctions>(host.Director.Email, (f, r) => f.List(r), query: "state=inReview");
        var bogus = await host.Services.CallAsync<StatementDraftFunctions>(host.Director.Email, (f, r) => f.List(r), query: "state=1");

        Assert.Contains(inReview.Json!.AsArray(), s => (string?)s!["id"] == review.Id);
        Assert.All(inReview.Json.AsArray(), s => Assert.Equal("inReview", (string?)s!["state"]));
        Assert.Equal(400, bogus.Status);
    }

    [Theory]
    [InlineData("nosuchid")]
    [InlineData("../../etc")]
    public async Task AnUnknownStatementIsNotFound(string id)
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);

        var get = await host.Services.CallAsync<StatementDraftFunctions>(host.Director.Email, (f, r) => f.Get(r, id));
        var version = await host.Services.CallAsync<StatementDraftFunctions>(host.Director.Email, (f, r) => f.Version(r, id, 1));

        Assert.Equal(404, get.Status);
        Assert.Equal(404, version.Status);
    }

    [Fact]
    public async Task AnonymousCallersAndStrangersAreKeptOut()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var stranger = new PauseIA.Media.Identity.TeamMember("stranger@example.org", "Stranger", [], [], "fr");

        var anonymous = await host.Services.CallAsync<StatementDraftFunctions>(null, (f, r) => f.List(r));
        var outsider = await host.Services.CallAsync<StatementDraftFunctions>(stranger.Email, (f, r) => f.List(r));

        Assert.Equal(401, anonymous.Status);
        Assert.Equal(403, outsider.Status);
    }
}
