using System.Text.Json.Nodes;
using PauseIA.Media.Functions.Statements;
using PauseIA.Media.Statements;
using PauseIA.Media.Statements.Languages;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Statements.Languages;

/// <summary>Translations through the API: saved beside the primary text, kept, replaced and removed, read per language, and refused when malformed.</summary>
public sealed class BilingualStatementTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task AStatementIsCreatedWithItsTranslationAndAnswersItsLanguagesTitlesAndHashes()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);

        var created = await host.Services.CallAsync<StatementDraftFunctions>(host.PressOfficer.Email, (f, r) => f.Create(r), new
        {
            markdown = StatementsTestHost.Markdown,
            kind = "pressRelease",
            audience = new { segment = host.NewSegment() },
            translations = new { en = new { title = Bilingual.EnglishTitle, markdown = Bilingual.English } },
        });

        Assert.Equal(201, created.Status);
        Assert.Equal(["fr", "en"], created.Json!["languages"]!.AsArray().Select(l => (string?)l));
        Assert.Equal("Pause IA demande un traité international", (string?)created.Json["title"]);
        var english = Assert.Single(created.Json["translations"]!.AsArray())!;
        Assert.Equal(("en", Bilingual.EnglishTitle, Bilingual.English), ((string?)english["language"], (string?)english["title"], (string?)english["markdown"]));
        Assert.Equal(StatementContentHash.ComputeLanguage("en", Bilingual.EnglishTitle, Bilingual.English), (string?)english["hash"]);
        Assert.Equal(["en"], created.Json["versions"]![0]!["translations"]!.AsArray().Select(t => (string?)t!["language"]));

        var id = (string)created.Json["id"]!;
        var container = host.Services.GetKeyed<Azure.Storage.Blobs.BlobContainerClient>(StatementBlobs.Name);
        Assert.Equal(Bilingual.English, (await container.GetBlobClient($"{id}/v1.en.md").DownloadContentAsync()).Value.Content.ToString());
        var listed = Assert.Single(await host.Get<StatementQueries>().ListAsync(null), s => s.Id == id);
        Assert.Equal(["fr", "en"], listed.Languages);
    }

    [Fact]
    public async Task APutKeepsWhatItLeavesOutAndANullTranslationRemovesIt()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var drafts = host.Get<StatementDrafts>();
        var v1 = await Bilingual.DraftAsync(host, StatementAudience.ForSegment(host.NewSegment()));

        var retitled = await drafts.ReviseAsync(v1.Id, new SaveStatementRequest(null, Translations: new Dictionary<string, TranslationInput?> { ["en"] = new(Title: "A treaty, now") }), v1.ETag, host.PressOfficer);
        var primaryEdited = await drafts.ReviseAsync(v1.Id, new SaveStatementRequest(StatementsTestHost.Markdown + "\nAjout.\n"), retitled.ETag, host.PressOfficer);
        var removed = await drafts.ReviseAsync(v1.Id, new SaveStatementRequest(null, Translations: new Dictionary<string, TranslationInput?> { ["en"] = null }), primaryEdited.ETag, host.PressOfficer);

        Assert.Equal(("A treaty, now", Bilingual.English, StatementsTestHost.Markdown), (retitled.Translations[0].Title, retitled.Translations[0].Markdown, retitled.Markdown));
        Assert.Equal(("A treaty, now", Bilingual.English), (primaryEdited.Translations[0].Title, primaryEdited.Translations[0].Markdown));
        Assert.Equal(StatementsTestHost.Markdown + "\nAjout.\n", primaryEdited.Markdown);
        Assert.Equal(["fr"], removed.Languages);
        Assert.Empty(removed.Translations);
        Assert.Equal(StatementsTestHost.Markdown + "\nAjout.\n", removed.Markdown);
        Assert.Equal(4, removed.Version);
        Assert.Equal("languages: −en", removed.Timeline.Last(e => e.Kind == StatementEventKind.Revised).Detail);
    }

    [Fact]
    public async Task AnEditOfOnlyTheEnglishVersionVoidsTheApprovalAndReturnsTheStatementToDraft()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var approved = await Bilingual.ApprovedAsync(host, StatementAudience.ForSegment(host.NewSegment()));
        Assert.Equal(StatementState.Approved, approved.State);

        var edited = await host.Services.CallAsync<StatementDraftFunctions>(host.PressOfficer.Email, (f, r) => f.Revise(r, approved.Id),
            new { translations = new { en = new { markdown = Bilingual.English.Replace("30 November", "1 December", StringComparison.Ordinal) } } },
            method: "PUT", headers: new Dictionary<string, string> { ["If-Match"] = approved.ETag });

        Assert.Equal(200, edited.Status);
        Assert.Equal("draft", (string?)edited.Json!["state"]);
        Assert.Null(edited.Json["approval"]);
        Assert.NotEqual(approved.ContentHash, (string?)edited.Json["contentHash"]);
        Assert.Equal(StatementsTestHost.Markdown, (string?)edited.Json["markdown"]);
        Assert.Contains("1 December", (string?)edited.Json["translations"]![0]!["markdown"], StringComparison.Ordinal);
        Assert.NotEqual(approved.Translations[0].Hash, (string?)edited.Json["translations"]![0]!["hash"]);
        var timeline = edited.Json["timeline"]!.AsArray().Select(e => ((string?)e!["kind"], (string?)e["detail"])).ToList();
        Assert.Contains(("revised", "languages: en"), timeline);
        Assert.Contains(timeline, e => e.Item1 == "approvalVoided");
    }

    public static TheoryData<string, string> BadTranslations() => new()
    {
        { """{"de":{"markdown":"# Hallo"}}""", "\"de\"" },
        { """{"english":{"markdown":"# Hi"}}""", "\"english\"" },
        { """{"fr":{"markdown":"# Salut"}}""", "primary text is already in \"fr\"" },
        { """{"en":{"title":"Only a title"}}""", "markdown of the \"en\" translation is required" },
        { """{"en":{"markdown":"  "}}""", "Markdown (en) is required" },
        { """{"en":{"markdown":"# Hi"},"EN":{"markdown":"# Hello"}}""", "given twice" },
        { """{"en":{"markdown":"---\nembargo: 2026-12-01 10:00\n---\n# Hi"}}""", "set in the primary text" },
        { """{"en":{"markdown":"---\nlang: fr\n---\n# Hi"}}""", "says its language is fr" },
        { """{"en":{"markdown":"# Hi","title":"Line one\nline two"}}""", "single line" },
    };

    [Theory]
    [MemberData(nameof(BadTranslations))]
    public async Task ABadTranslationIsRefusedWithA400ThatNamesTheProblemAndChangesNothing(string translations, string problem)
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var draft = await host.DraftAsync(host.PressOfficer, StatementAudience.ForSegment(host.NewSegment()));

        var refused = await host.Services.CallAsync<StatementDraftFunctions>(host.PressOfficer.Email, (f, r) => f.Revise(r, draft.Id),
            body: $$"""{"translations":{{translations}}}""", method: "PUT", headers: new Dictionary<string, string> { ["If-Match"] = draft.ETag });

        Assert.Equal(400, refused.Status);
        Assert.Contains(problem, refused.Error, StringComparison.Ordinal);
        var after = await host.Get<StatementQueries>().GetAsync(draft.Id, host.PressOfficer);
        Assert.Equal((draft.ETag, 1), (after.ETag, after.Version));
        Assert.Equal(["fr"], after.Languages);
    }

    [Fact]
    public async Task VersionsDiffAndPreviewTakeALanguage()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var v1 = await Bilingual.DraftAsync(host, StatementAudience.ForSegment(host.NewSegment()));
        var revised = Bilingual.English.Replace("the most advanced AI", "the most powerful AI", StringComparison.Ordinal);
        await host.Get<StatementDrafts>().ReviseAsync(v1.Id, new SaveStatementRequest(null, Translations: Bilingual.Translations(revised)), v1.ETag, host.PressOfficer);
        var id = v1.Id;

        var version = await host.Services.CallAsync<StatementDraftFunctions>(host.Director.Email, (f, r) => f.Version(r, id, 1), query: "language=en");
        var englishDiff = await host.Services.CallAsync<StatementReviewFunctions>(host.Director.Email, (f, r) => f.Diff(r, id), query: "from=1&to=2&language=EN");
        var frenchDiff = await host.Services.CallAsync<StatementReviewFunctions>(host.Director.Email, (f, r) => f.Diff(r, id), query: "from=1&to=2");
        var preview = await host.Services.CallAsync<StatementPreviewFunctions>(host.Director.Email, (f, r) => f.Preview(r, id), query: "language=en");
        var french = await host.Services.CallAsync<StatementPreviewFunctions>(host.Director.Email, (f, r) => f.Preview(r, id));

        Assert.Equal((Bilingual.English, "en", Bilingual.EnglishTitle), ((string?)version.Json!["markdown"], (string?)version.Json["language"], (string?)version.Json["titleOverride"]));
        Assert.Equal("en", (string?)englishDiff.Json!["language"]);
        Assert.Equal(1, (int?)englishDiff.Json["summary"]!["modified"]);
        Assert.Contains(englishDiff.Json["lines"]!.AsArray(), l => (string?)l!["type"] == "inserted" && ((string?)l["text"])!.Contains("most powerful", StringComparison.Ordinal));
        Assert.Equal(("fr", 0, 0), ((string?)frenchDiff.Json!["language"], (int?)frenchDiff.Json["summary"]!["modified"], (int?)frenchDiff.Json["summary"]!["inserted"]));
        Assert.Equal((Bilingual.EnglishTitle, "en"), ((string?)preview.Json!["subject"], (string?)preview.Json["language"]));
        Assert.Contains("<html lang=\"en\">", (string?)preview.Json["html"], StringComparison.Ordinal);
        Assert.Contains("most powerful", (string?)preview.Json["text"], StringComparison.Ordinal);
        Assert.Contains("Unsubscribe", (string?)preview.Json["text"], StringComparison.Ordinal);
        Assert.Equal(["fr", "en"], preview.Json["languages"]!.AsArray().Select(l => (string?)l));
        Assert.Equal(("Pause IA demande un traité international", "fr"), ((string?)french.Json!["subject"], (string?)french.Json["language"]));
    }

    [Fact]
    public async Task AskingForALanguageTheStatementIsNotWrittenInOrAnUnknownOneIsA400()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var id = (await host.DraftAsync(host.PressOfficer, StatementAudience.ForSegment(host.NewSegment()))).Id;

        var missing = await host.Services.CallAsync<StatementPreviewFunctions>(host.Director.Email, (f, r) => f.Preview(r, id), query: "language=en");
        var unknown = await host.Services.CallAsync<StatementDraftFunctions>(host.Director.Email, (f, r) => f.Version(r, id, 1), query: "language=klingon");
        var diff = await host.Services.CallAsync<StatementReviewFunctions>(host.Director.Email, (f, r) => f.Diff(r, id), query: "from=1&language=en");

        Assert.Equal((400, 400, 400), (missing.Status, unknown.Status, diff.Status));
        Assert.Contains("No \"en\" version", missing.Error, StringComparison.Ordinal);
        Assert.Contains("\"klingon\"", unknown.Error, StringComparison.Ordinal);
        Assert.Contains("exists in \"en\"", diff.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheEditorsPreviewAndConsistencyPanelWorkOnUnsavedTranslations()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var body = new
        {
            markdown = "---\nembargo: 2026-12-01 10:00\n---\n# Traité\n\nSous embargo. 12,5 % des sondés.\n",
            embargoMode = "beforeWithLine",
            translations = new { en = new { title = "Treaty", markdown = "# Treaty\n\nEmbargoed. 12.6% of those polled.\n" } },
            language = "en",
        };

        var rendered = await host.Services.CallAsync<StatementPreviewFunctions>(host.PressOfficer.Email, (f, r) => f.Render(r), body);
        var checkedDraft = await host.Services.CallAsync<StatementConsistencyFunctions>(host.PressOfficer.Email, (f, r) => f.Check(r), body);

        Assert.Equal("EMBARGO – Treaty", (string?)rendered.Json!["subject"]);
        Assert.Contains("EMBARGO: not for publication before Tuesday 1 December 2026, 10:00 Paris time", (string?)rendered.Json["text"], StringComparison.Ordinal);
        var divergence = Assert.Single(checkedDraft.Json!["divergences"]!.AsArray())!;
        Assert.Equal(("number", "12,5 %", "12.6%"), ((string?)divergence["category"], (string?)divergence["primary"]!["value"], (string?)divergence["translation"]!["value"]));
        Assert.Null(checkedDraft.Json["version"]);
    }
}
