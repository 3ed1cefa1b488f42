using System.Text.Json;
using System.Text.Json.Nodes;
using PauseIA.Media.Common;
using PauseIA.Media.Email;
using PauseIA.Media.Functions.Statements;
using PauseIA.Media.Inquiries;
using PauseIA.Media.Statements;
using PauseIA.Media.Statements.Languages;
using PauseIA.Media.Statements.Sending;
using PauseIA.Media.Statements.Unsubscribing;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Statements.Languages;

/// <summary>A French statement and its English translation through both keys, then to each journalist in their language.</summary>
public sealed class BilingualSendTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task TheTwoKeyFlowBindsBothLanguagesAndEachJournalistGetsTheirOwn()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var segment = $"bi{Guid.NewGuid():N}"[..16];
        host.Contacts.Add($"claire@{segment}.example", "Claire Lenoir", segment, "fr");
        host.Contacts.Add($"james@{segment}.example", "James Hart", segment, "en");

        var created = await host.Services.CallAsync<StatementDraftFunctions>(host.PressOfficer.Email, (f, r) => f.Create(r), new
        {
            markdown = StatementsTestHost.Markdown,
            kind = "pressRelease",
            audience = new { segment },
            translations = new { en = new { title = Bilingual.EnglishTitle, markdown = Bilingual.English } },
        });
        var id = (string)created.Json!["id"]!;
        await host.Services.CallAsync<StatementReviewFunctions>(host.PressOfficer.Email, (f, r) => f.Submit(r, id));

        // The director is asked to review, in English, with the English text in the mail.
        var outbox = host.Get<OutboxStore>();
        var request = Assert.Single(await outbox.ListAsync(kind: nameof(MailKind.Notification), relatedId: id), m => m.To.Contains(TestSettings.CommsDirector));
        Assert.Equal($"[Review requested] {Bilingual.EnglishTitle}", request.Subject);
        var requestText = await outbox.ReadBlobAsync(request.EmlBlobs[0]);
        Assert.Contains("English version", requestText, StringComparison.Ordinal);
        Assert.Contains("Pause IA calls on France to support", requestText, StringComparison.Ordinal);

        // They read the consistency check, and approve with the report they saw.
        var consistency = await host.Services.CallAsync<StatementConsistencyFunctions>(host.Director.Email, (f, r) => f.Get(r, id));
        Assert.Empty(consistency.Json!["divergences"]!.AsArray());
        var approved = await host.Services.CallAsync<StatementReviewFunctions>(host.Director.Email, (f, r) => f.Review(r, id),
            new { decision = "approve", version = 1, consistencyHash = (string?)consistency.Json["hash"] });
        Assert.Equal("approved", (string?)approved.Json!["state"]);
        Assert.Equal((string?)created.Json["contentHash"], (string?)approved.Json["approval"]!["contentHash"]);
        Assert.Equal((string?)consistency.Json["hash"], (string?)approved.Json["approval"]!["consistencyHash"]);
        Assert.Equal(0, (int?)approved.Json["approval"]!["divergences"]);

        // The spokesperson sees who receives which language, and signs off.
        var manifest = await host.Services.CallAsync<StatementSignOffFunctions>(host.Spokesperson.Email, (f, r) => f.Manifest(r, id));
        Assert.Equal(1, (int?)manifest.Json!["languages"]!["fr"]);
        Assert.Equal(1, (int?)manifest.Json["languages"]!["en"]);
        var signedOff = await host.Services.CallAsync<StatementSignOffFunctions>(host.Spokesperson.Email, (f, r) => f.SignOff(r, id),
            new { contentHash = (string?)created.Json["contentHash"], manifestHash = (string?)manifest.Json["hash"] });
        Assert.Equal(200, signedOff.Status);
        Assert.Equal(
            [($"claire@{segment}.example", "fr", "fr"), ($"james@{segment}.example", "en", "en")],
            signedOff.Json!["recipients"]!.AsArray().Select(r => ((string?)r!["email"], (string?)r["language"], (string?)r["receives"])));

        await host.Services.CallAsync<StatementSendFunctions>(host.Spokesperson.Email, (f, r) => f.Send(r, id), new { });
        await host.RunSendAsync(id);

        // Each journalist got their own language, in a batch of that language only.
        var sent = await outbox.ListAsync(kind: nameof(MailKind.Statement), relatedId: id);
        Assert.Equal(2, sent.Count);
        var french = Assert.Single(sent, m => m.To.SequenceEqual([$"claire@{segment}.example"]));
        var english = Assert.Single(sent, m => m.To.SequenceEqual([$"james@{segment}.example"]));
        Assert.Equal("Pause IA demande un traité international", french.Subject);
        Assert.Equal(Bilingual.EnglishTitle, english.Subject);
        var frenchMail = await outbox.ReadBlobAsync(french.EmlBlobs[0]);
        var englishMail = await outbox.ReadBlobAsync(english.EmlBlobs[0]);
        Assert.Contains("Se désinscrire", frenchMail, StringComparison.Ordinal);
        Assert.Contains("Pause IA calls on France", englishMail, StringComparison.Ordinal);
        Assert.Contains("Privacy notice", englishMail, StringComparison.Ordinal);
        Assert.Contains("Press contact", englishMail, StringComparison.Ordinal);
        Assert.DoesNotContain("Se désinscrire", englishMail, StringComparison.Ordinal);
        var batches = (await host.Get<SendLedger>().ListBatchesAsync(id)).Select(b => (b.Batch.Language, b.Batch.Sent)).ToList();
        Assert.Equal([("fr", 1), ("en", 1)], batches);

        // Their unsubscribe page speaks their language.
        var token = UnsubscribeTokenOf(english.Headers["List-Unsubscribe"]);
        var page = host.Get<UnsubscribeService>().Show(token);
        Assert.Contains("<html lang=\"en\">", page.Html, StringComparison.Ordinal);
        Assert.DoesNotContain("désinscri", page.Html, StringComparison.OrdinalIgnoreCase);

        // The statement of record keeps both versions and who got which.
        var record = JsonNode.Parse(await host.Get<StatementRecords>().ReadAsync(id))!;
        Assert.Equal(
            [("fr", true, 1, 1), ("en", false, 1, 1)],
            record["languages"]!.AsArray().Select(l => ((string?)l!["language"], (bool)l["primary"]!, (int)l["recipients"]!, (int)l["sent"]!)));
        Assert.Equal(Bilingual.English, (string?)record["languages"]![1]!["markdown"]);
        Assert.Equal(["fr", "en"], record["manifest"]!["recipients"]!.AsArray().Select(r => (string?)r!["receives"]));
        Assert.Equal((string?)consistency.Json["hash"], (string?)record["approval"]!["consistencyHash"]);
    }

    [Fact]
    public async Task TheApprovalRecordsTheDivergencesSeenAndRefusesAReportThatChangedMeanwhile()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var draft = await Bilingual.DraftAsync(host, StatementAudience.ForSegment(host.NewSegment()), Bilingual.English.Replace("30 November", "31 November", StringComparison.Ordinal));
        await host.Get<StatementReviews>().SubmitAsync(draft.Id, host.PressOfficer, null);
        var report = await host.Services.CallAsync<StatementConsistencyFunctions>(host.Director.Email, (f, r) => f.Get(r, draft.Id));
        Assert.Equal("date", (string?)Assert.Single(report.Json!["divergences"]!.AsArray())!["category"]);

        var stale = await host.Services.CallAsync<StatementReviewFunctions>(host.Director.Email, (f, r) => f.Review(r, draft.Id),
            new { decision = "approve", consistencyHash = new string('0', 64) });
        var approved = await host.Get<StatementReviews>().ReviewAsync(draft.Id, new ReviewRequest(ReviewDecision.Approve, ConsistencyHash: (string?)report.Json["hash"]), host.Director, null);

        Assert.Equal(409, stale.Status);
        Assert.Equal(StatementState.Approved, approved.State);
        Assert.Equal(((string?)report.Json["hash"], 1), (approved.Approval!.ConsistencyHash, approved.Approval.Divergences));
        var detail = approved.Timeline.Single(e => e.Kind == StatementEventKind.Approved).Detail;
        Assert.Contains($"consistency sha256:{(string?)report.Json["hash"]}; divergences seen: 1 (date 1)", detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task BatchesNeverMixLanguages()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite, new Dictionary<string, string?> { ["Statements:Send:BatchSize"] = "2" });
        var segment = $"mix{Guid.NewGuid():N}"[..16];
        foreach (var (name, language) in new[] { ("a", "fr"), ("b", "en"), ("c", "fr"), ("d", "de"), ("e", "fr"), ("f", "en") })
        {
            host.Contacts.Add($"{name}@{segment}.example", null, segment, language);
        }

        var approved = await Bilingual.ApprovedAsync(host, StatementAudience.ForSegment(segment));
        var manifest = await host.Get<StatementSignOffs>().SignOffAsync(approved.Id, new SignOffRequest(), host.Spokesperson, null);
        await host.Get<StatementSends>().StartAsync(approved.Id, host.Spokesperson, null);
        await host.RunSendAsync(approved.Id);

        Assert.Equal(new Dictionary<string, int> { ["fr"] = 4, ["en"] = 2 }, manifest.Languages);
        Assert.Equal("fr", manifest.Recipients.Single(r => r.Language == "de").Receives);
        var batches = (await host.Get<SendLedger>().ListBatchesAsync(approved.Id)).Select(b => (b.Batch.Language, b.Batch.Recipients)).ToList();
        Assert.Equal([("fr", 2), ("fr", 2), ("en", 2)], batches);
        var sent = await host.Get<OutboxStore>().ListAsync(kind: nameof(MailKind.Statement), relatedId: approved.Id);
        Assert.Equal(2, sent.Count(m => m.Subject == "Pause IA demande un traité international"));
        Assert.Equal([$"b@{segment}.example", $"f@{segment}.example"], sent.Single(m => m.Subject == Bilingual.EnglishTitle).To.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AnAnswerToAnEnglishInquiryGoesInEnglishWhenThereIsAnEnglishVersion()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var journalist = $"reporter{Guid.NewGuid():N}"[..16] + "@press.example";
        host.Contacts.Add(journalist, "Sam Reed", language: "fr");
        host.Inquiries.Add(new InquiryReplyContext("PIA-2026-0913", journalist, "Sam Reed", "en", "Your position on the treaty", "q1@example.org", ["q1@example.org"]));
        host.Inquiries.Add(new InquiryReplyContext("PIA-2026-0914", journalist, "Sam Reed", "en", "Another question", "q2@example.org", ["q2@example.org"]));
        var drafts = host.Get<StatementDrafts>();

        var translated = await drafts.CreateAsync(new SaveStatementRequest(StatementsTestHost.Markdown, Kind: StatementKind.InquiryAnswer, Inquiry: "PIA-2026-0913",
            Translations: Bilingual.Translations()), host.PressOfficer);
        var frenchOnly = await drafts.CreateAsync(new SaveStatementRequest(StatementsTestHost.Markdown, Kind: StatementKind.InquiryAnswer, Inquiry: "PIA-2026-0914"), host.PressOfficer);

        Assert.Equal("en", (await host.Get<StatementSignOffs>().ManifestAsync(translated.Id)).Recipients.Single().Receives);
        Assert.Equal("fr", (await host.Get<StatementSignOffs>().ManifestAsync(frenchOnly.Id)).Recipients.Single().Receives);

        var reviews = host.Get<StatementReviews>();
        await reviews.SubmitAsync(translated.Id, host.PressOfficer, null);
        await reviews.ReviewAsync(translated.Id, new ReviewRequest(ReviewDecision.Approve), host.Director, null);
        await host.Get<StatementSignOffs>().SignOffAsync(translated.Id, new SignOffRequest(), host.Spokesperson, null);
        await host.Get<StatementSends>().StartAsync(translated.Id, host.Spokesperson, null);
        await host.RunSendAsync(translated.Id);

        var answer = Assert.Single(await host.Get<OutboxStore>().ListAsync(kind: nameof(MailKind.Statement), relatedId: translated.Id));
        Assert.Equal("Re: Your position on the treaty [PIA-2026-0913]", answer.Subject);
        Assert.Contains("Pause IA calls on France", await host.Get<OutboxStore>().ReadBlobAsync(answer.EmlBlobs[0]), StringComparison.Ordinal);
        Assert.Contains("Pause IA calls on France", Assert.Single(host.Inquiries.Recorded).Message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATestSendGoesInTheMembersLanguageOrTheOneAskedFor()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var draft = await Bilingual.DraftAsync(host, StatementAudience.ForSegment(host.NewSegment()));
        await host.Get<StatementReviews>().SubmitAsync(draft.Id, host.PressOfficer, null);
        var tests = host.Get<StatementTestSends>();

        var director = await tests.SendAsync(draft.Id, host.Director);
        var officer = await tests.SendAsync(draft.Id, host.PressOfficer);
        var asked = await tests.SendAsync(draft.Id, host.PressOfficer, "en");

        Assert.Equal(("en", $"[TEST] {Bilingual.EnglishTitle}"), (director.Language, director.Subject));
        Assert.Equal("fr", officer.Language);
        Assert.Equal("en", asked.Language);
    }

    private static string UnsubscribeTokenOf(string listUnsubscribe)
    {
        var url = listUnsubscribe.Split(',')[0].Trim('<', '>', ' ');
        return Uri.UnescapeDataString(url[(url.IndexOf("token=", StringComparison.Ordinal) + 6)..]);
    }
}
