using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using PauseIA.Media.Common;
using PauseIA.Media.Email;
using PauseIA.Media.Functions.Inquiries;
using PauseIA.Media.Inquiries;
using PauseIA.Media.Inquiries.Api;
using PauseIA.Media.Inquiries.Processing;
using PauseIA.Media.Testing;
using PauseIA.Media.Tests.Inquiries.Processing;

namespace PauseIA.Media.Tests.Inquiries.Api;

public sealed class InquiryApiTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task TheListIsSortedByDeadlineWithTheUndatedLastAndFiltered()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var now = harness.Services.Time.GetUtcNow();
        var later = await InquirySeeds.SeedAsync(harness, i => i with { Deadline = new(now.AddHours(5), "ce soir", "Europe/Paris"), Urgent = true });
        var undated = await InquirySeeds.SeedAsync(harness);
        var sooner = await InquirySeeds.SeedAsync(harness, i => i with { Deadline = new(now.AddHours(1), "dans l'heure", "Europe/Paris"), Assignee = TestSettings.LyonLead, City = "Lyon" });
        var overdue = await InquirySeeds.SeedAsync(harness, i => i with { Deadline = new(now.AddHours(-1), "ce matin", "Europe/Paris"), Assignee = TestSettings.ToulouseLead, City = "Toulouse" });
        var closed = await InquirySeeds.SeedAsync(harness, i => i with { Status = InquiryStatus.Closed });
        string[] seeded = [later.Reference, undated.Reference, sooner.Reference, overdue.Reference, closed.Reference];

        async Task<IReadOnlyList<string>> ListAsync(string who, string? query = null)
        {
            var result = await harness.Services.CallAsync<InquiryQueryFunctions>(who, (f, r) => f.List(r), query: query);
            return result.Value<IReadOnlyList<InquirySummaryView>>().Select(s => s.Reference).Where(seeded.Contains).ToList();
        }

        Assert.Equal([overdue.Reference, sooner.Reference, later.Reference], (await ListAsync(TestSettings.PressOfficer)).Take(3));
        Assert.Equal([undated.Reference, closed.Reference], (await ListAsync(TestSettings.PressOfficer)).Skip(3).Order());
        Assert.Equal([later.Reference], await ListAsync(TestSettings.PressOfficer, "?urgent=true"));
        Assert.Equal([later.Reference], await ListAsync(TestSettings.PressOfficer, "?urgent=oui"));
        Assert.Equal([overdue.Reference, sooner.Reference], (await ListAsync(TestSettings.PressOfficer, "?urgent=non")).Take(2));
        Assert.Equal([overdue.Reference], await ListAsync(TestSettings.PressOfficer, "?overdue=true"));
        Assert.Equal([closed.Reference], await ListAsync(TestSettings.PressOfficer, "?status=closed"));
        Assert.Equal([sooner.Reference], await ListAsync(TestSettings.PressOfficer, $"?assignee={TestSettings.LyonLead}"));
        Assert.Equal([sooner.Reference], await ListAsync(TestSettings.LyonLead));
        Assert.Equal([overdue.Reference], await ListAsync(TestSettings.ToulouseLead, "?mine=true"));
    }

    [Theory]
    [InlineData("?status=lost")]
    [InlineData("?status=1")]
    [InlineData("?urgent=maybe")]
    [InlineData("?assignee=nobody@example.org")]
    public async Task ABadFilterIs400(string query)
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);

        var result = await harness.Services.CallAsync<InquiryQueryFunctions>(TestSettings.PressOfficer, (f, r) => f.List(r), query: query);

        Assert.Equal(400, result.Status);
    }

    [Fact]
    public async Task TheDetailIsCamelCaseJsonWithRoutingThreadAndSanitizedHtml()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var inquiry = await InquirySeeds.SeedAsync(harness, i => i with { Deadline = new(i.ReceivedAt.AddHours(3), "bouclage 18h", "Europe/Paris") });

        var result = await harness.Services.CallAsync<InquiryQueryFunctions>(TestSettings.CommsDirector, (f, r) => f.Detail(r, inquiry.Reference.ToLowerInvariant()));

        using var json = JsonDocument.Parse(result.Body);
        var root = json.RootElement;
        Assert.Equal(inquiry.Reference, root.GetProperty("reference").GetString());
        Assert.Equal("new", root.GetProperty("status").GetString());
        Assert.Equal("inquiry", root.GetProperty("kind").GetString());
        Assert.Equal("bouclage 18h", root.GetProperty("deadlinePhrase").GetString());
        Assert.Equal(inquiry.Deadline!.Utc, root.GetProperty("deadlineUtc").GetDateTimeOffset());
        Assert.Equal("par-defaut", root.GetProperty("routing").GetProperty("rule").GetString());
        Assert.Equal("Camille Martin", root.GetProperty("assignee").GetProperty("name").GetString());
        Assert.Equal(inquiry.Journalist.Email, root.GetProperty("from").GetProperty("email").GetString());
        var html = root.GetProperty("messages")[0].GetProperty("html").GetString()!;
        Assert.Contains("Bonjour", html, StringComparison.Ordinal);
        Assert.DoesNotContain("script", html, StringComparison.Ordinal);
        Assert.DoesNotContain("onclick", html, StringComparison.Ordinal);
        Assert.DoesNotContain("tracker.example", html, StringComparison.Ordinal);
        Assert.Equal(inquiry.Version, result.Headers.ETag.ToString());
    }

    [Fact]
    public async Task UnknownIs404AndSomeoneElsesIs403ForALocalLead()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var inquiry = await InquirySeeds.SeedAsync(harness, i => i with { City = "Lyon", Assignee = TestSettings.LyonLead });

        var unknown = await harness.Services.CallAsync<InquiryQueryFunctions>(TestSettings.PressOfficer, (f, r) => f.Detail(r, "PIA-2099-0000"));
        var forbidden = await harness.Services.CallAsync<InquiryQueryFunctions>(TestSettings.ToulouseLead, (f, r) => f.Detail(r, inquiry.Reference));
        var allowed = await harness.Services.CallAsync<InquiryQueryFunctions>(TestSettings.LyonLead, (f, r) => f.Detail(r, inquiry.Reference));

        Assert.Equal((404, 403, 200), (unknown.Status, forbidden.Status, allowed.Status));
    }

    [Fact]
    public async Task AssigningNotifiesTheNewAssigneeAndRefusesAStrangerOrAStaleVersion()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var inquiry = await InquirySeeds.SeedAsync(harness);

        var bad = await AssignAsync(harness, inquiry.Reference, new AssignInquiry("nobody@example.org"));
        var assigned = await AssignAsync(harness, inquiry.Reference, new AssignInquiry(TestSettings.RennesLead, [TestSettings.CommsDirector]), inquiry.Version);
        var stale = await AssignAsync(harness, inquiry.Reference, new AssignInquiry(TestSettings.PressOfficer), inquiry.Version);

        Assert.Equal(400, bad.Status);
        var view = assigned.Value<InquiryView>();
        Assert.Equal(InquiryStatus.Assigned, view.Status);
        Assert.Equal(TestSettings.RennesLead, view.Assignee!.Email);
        Assert.Equal([TestSettings.CommsDirector], view.Watchers.Select(w => w.Email));
        Assert.Contains(view.Timeline, e => e.Kind == InquiryEventKind.Assigned && e.Actor == TestSettings.Spokesperson);
        Assert.Single(await harness.SentAsync(inquiry.Reference, "notification"), n => n.To.Contains(TestSettings.RennesLead));
        Assert.Equal(409, stale.Status);
        Assert.Equal(TestSettings.RennesLead, (await harness.Store.FindAsync(inquiry.Reference))!.Assignee);
    }

    [Fact]
    public async Task AReplyGoesFromThePressAddressInTheThreadAndIsRecorded()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var reference = await harness.ProcessAsync(TestMail.Eml("Claire <claire+api-reply@lemonde.fr>", "Interview ?", "Bonjour", "api-reply@lemonde.fr"));
        harness.Services.Time.Advance(TimeSpan.FromMinutes(20));

        var result = await ReplyAsync(harness, reference!, new ReplyToInquiry("Bonjour,\n\n**Oui**, à 15h. <script>alert(1)</script>"));

        var view = result.Value<InquiryView>();
        Assert.Equal(InquiryStatus.Answered, view.Status);
        var reply = Assert.Single(view.Messages, m => m.Kind == InquiryMessageKind.Reply);
        Assert.Equal(TestSettings.Spokesperson, reply.Author);
        var sent = Assert.Single(await harness.SentAsync(reference!, "inquiryReply"));
        Assert.Equal(["claire+api-reply@lemonde.fr"], sent.To);
        Assert.Equal("presse@pauseia.fr", sent.From);
        Assert.Equal($"Re: Interview ? [{reference}]", sent.Subject);
        Assert.Equal("<api-reply@lemonde.fr>", sent.Headers["In-Reply-To"]);
        var mail = await MimeKit.MimeMessage.LoadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(await harness.Outbox.ReadBlobAsync(sent.EmlBlobs[0]))));
        Assert.Contains("<strong>Oui</strong>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", mail.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("Oui", mail.TextBody, StringComparison.Ordinal);
        Assert.Equal(reference, (await harness.Services.Get<MessageIdIndex>().FindAsync(reply.MessageId!))!.RelatedId);
        Assert.Contains(harness.Contacts.Activities, a => a.Activity.Kind == PauseIA.Media.Contacts.ContactActivityKind.Reply && a.Activity.RelatedId == reference);
    }

    [Fact]
    public async Task TheFirstReplyToAJournalistWhoGotNoAcknowledgementCarriesThePrivacyNotice()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var body = "Pour suivi.\n\n---------- Forwarded message ---------\nFrom: Paul Martin <paul.martin+notice@lyoncapitale.fr>\nDate: Mon, 30 Nov 2026 at 08:00\nSubject: Interview\nTo: Léa <lea.perso@example.org>\n\nBonjour, pouvez-vous me rappeler ?\n";
        var reference = await harness.ProcessAsync(TestMail.Eml($"Léa Dubois <{TestSettings.LyonLead}>", "Fwd: Interview", body, "notice-fwd@pauseia.fr"));
        Assert.Empty(await harness.SentAsync(reference!, "acknowledgement"));

        await ReplyAsync(harness, reference!, new ReplyToInquiry("Bonjour, volontiers."));
        harness.Services.Time.Advance(TimeSpan.FromMinutes(5));
        await ReplyAsync(harness, reference!, new ReplyToInquiry("Précision : à 15h."));

        var texts = new List<string>();
        foreach (var sent in (await harness.SentAsync(reference!, "inquiryReply")).OrderBy(s => s.CreatedAt))
        {
            texts.Add((await MimeKit.MimeMessage.LoadAsync(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(await harness.Outbox.ReadBlobAsync(sent.EmlBlobs[0]))))).TextBody ?? "");
        }

        Assert.Equal(2, texts.Count);
        // French typography puts a non-breaking space before the colon.
        Assert.Contains("Pour en savoir plus et exercer vos droits", texts[0], StringComparison.Ordinal);
        Assert.Contains("https://pauseia.fr/confidentialite", texts[0], StringComparison.Ordinal);
        Assert.DoesNotContain("confidentialite", texts[1], StringComparison.Ordinal);
        Assert.Equal(["paul.martin+notice@lyoncapitale.fr"], harness.Contacts.PrivacyNoticesSent);
    }

    [Fact]
    public async Task AReplyToAClosedInquiryOrAnEmptyOneSendsNothing()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var inquiry = await InquirySeeds.SeedAsync(harness, i => i with { Status = InquiryStatus.Closed });

        var closed = await ReplyAsync(harness, inquiry.Reference, new ReplyToInquiry("Bonjour"));
        var empty = await ReplyAsync(harness, inquiry.Reference, new ReplyToInquiry("  "));

        Assert.Equal(409, closed.Status);
        Assert.Equal(400, empty.Status);
        Assert.Empty(await harness.SentAsync(inquiry.Reference));
    }

    [Fact]
    public async Task NotesCloseAndReopenWorkAndIllegalMovesAre409()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var inquiry = await InquirySeeds.SeedAsync(harness);
        Task<FunctionResponse> Call(System.Linq.Expressions.Expression<Func<InquiryCommandFunctions, Microsoft.AspNetCore.Http.HttpRequest, Task<IActionResult>>> call, object? body = null) =>
            harness.Services.CallAsync(TestSettings.PressOfficer, call, body, method: "POST");

        var note = await Call((f, r) => f.Note(r, inquiry.Reference), new AddInquiryNote("Rappeler après 14h."));
        var emptyNote = await Call((f, r) => f.Note(r, inquiry.Reference), new AddInquiryNote(""));
        var reopenOpen = await Call((f, r) => f.Reopen(r, inquiry.Reference));
        var close = await Call((f, r) => f.Close(r, inquiry.Reference), new CloseInquiry("Traité par téléphone"));
        var closeAgain = await Call((f, r) => f.Close(r, inquiry.Reference));
        var reopen = await Call((f, r) => f.Reopen(r, inquiry.Reference));

        Assert.Contains(note.Value<InquiryView>().Timeline, e => e.Kind == InquiryEventKind.Note && e.Text == "Rappeler après 14h.");
        Assert.Equal(400, emptyNote.Status);
        Assert.Equal(409, reopenOpen.Status);
        Assert.Equal(InquiryStatus.Closed, close.Value<InquiryView>().Status);
        Assert.Equal(409, closeAgain.Status);
        Assert.Contains("déjà close", closeAgain.Error, StringComparison.Ordinal);
        Assert.Equal(InquiryStatus.Assigned, reopen.Value<InquiryView>().Status);
    }

    [Theory]
    [InlineData("text/plain", "{\"assignee\":\"benevole@pauseia.fr\"}")]
    [InlineData("application/json", "{\"assignee\":")]
    [InlineData("application/json", "null")]
    public async Task ABodyThatIsNotJsonIs400AndChangesNothing(string contentType, string body)
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var inquiry = await InquirySeeds.SeedAsync(harness);

        var result = await harness.Services.CallAsync<InquiryCommandFunctions>(TestSettings.Spokesperson, (f, r) => f.Assign(r, inquiry.Reference), body, contentType: contentType);

        Assert.Equal(400, result.Status);
        Assert.Equal(inquiry.Version, (await harness.Store.FindAsync(inquiry.Reference))!.Version);
    }

    [Fact]
    public async Task AnAttachmentDownloadsAsAFileAndNeverRenders()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var eml = Samples.Eml("""
            From: Claire <claire+attachment@lemonde.fr>
            To: presse@pauseia.fr
            Subject: Questions jointes
            Message-ID: <api-attachment@lemonde.fr>
            MIME-Version: 1.0
            Content-Type: multipart/mixed; boundary="b"

            --b
            Content-Type: text/plain; charset=utf-8

            Voir la pièce jointe.
            --b
            Content-Type: text/html; name="questions.html"
            Content-Disposition: attachment; filename="questions.html"

            <script>alert(document.cookie)</script>
            --b--
            """);
        var reference = await harness.ProcessAsync(eml, raw: false);
        var detail = (await harness.Services.CallAsync<InquiryQueryFunctions>(TestSettings.PressOfficer, (f, r) => f.Detail(r, reference!))).Value<InquiryView>();
        var attachment = Assert.Single(detail.Messages[0].Attachments);

        var file = await harness.Services.CallAsync<InquiryQueryFunctions>(TestSettings.PressOfficer, (f, r) => f.Attachment(r, reference!, attachment.Id));
        var missing = await harness.Services.CallAsync<InquiryQueryFunctions>(TestSettings.PressOfficer, (f, r) => f.Attachment(r, reference!, attachment.Id + "9"));

        Assert.Equal("application/octet-stream", file.Headers.ContentType.ToString());
        Assert.StartsWith("attachment; filename=questions.html", file.Headers.ContentDisposition.ToString(), StringComparison.Ordinal);
        Assert.Contains("<script>", file.Text, StringComparison.Ordinal);
        Assert.Equal($"/api/inquiries/{reference}/attachments/{attachment.Id}", attachment.Url);
        Assert.Equal(404, missing.Status);
    }

    private static Task<FunctionResponse> AssignAsync(InquiryHarness harness, string reference, AssignInquiry body, string? ifMatch = null) =>
        harness.Services.CallAsync<InquiryCommandFunctions>(
            TestSettings.Spokesperson, (f, r) => f.Assign(r, reference), body, headers: ifMatch is null ? null : new Dictionary<string, string> { ["If-Match"] = ifMatch });

    private static Task<FunctionResponse> ReplyAsync(InquiryHarness harness, string reference, ReplyToInquiry body) =>
        harness.Services.CallAsync<InquiryCommandFunctions>(TestSettings.Spokesperson, (f, r) => f.Reply(r, reference), body);
}
