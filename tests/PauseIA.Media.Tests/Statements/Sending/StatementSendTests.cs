using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http;
using PauseIA.Media.Common;
using PauseIA.Media.Email;
using PauseIA.Media.Functions.Statements;
using PauseIA.Media.Statements;
using PauseIA.Media.Statements.Sending;
using PauseIA.Media.Statements.Unsubscribing;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Statements.Sending;

public sealed class StatementSendTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task ASegmentOf2500IsSentInThreeRequestsWithAPersonalOneClickUnsubscribeEach()
    {
        using var stub = new SendGridStub();
        await using var host = await StatementsTestHost.CreateAsync(azurite, stub.Settings);
        var segment = $"national{Guid.NewGuid():N}"[..20];
        var emails = host.Contacts.AddSegment(segment, 2500);
        var id = await host.SignedOffAsync(StatementAudience.ForSegment(segment));

        await host.Get<StatementSends>().StartAsync(id, host.Spokesperson, null);
        await host.RunSendAsync(id);

        Assert.Equal([1000, 1000, 500], stub.Attempts.Select(r => r["personalizations"]!.AsArray().Count));
        Assert.Equal(emails.Order(StringComparer.Ordinal), stub.AcceptedRecipients.Order(StringComparer.Ordinal));
        Assert.All(stub.AuthorizationHeaders, h => Assert.Equal("Bearer SG.test-key", h));

        var tokens = host.Get<UnsubscribeTokens>();
        for (var batch = 0; batch < 3; batch++)
        {
            var request = stub.Attempts[batch];
            Assert.Equal("presse@pauseia.fr", (string?)request["from"]!["email"]);
            Assert.Contains("Pause IA demande un traité international", (string?)request["subject"], StringComparison.Ordinal);
            Assert.Equal("Statement", (string?)request["custom_args"]!["kind"]);
            Assert.Equal(id, (string?)request["custom_args"]!["relatedId"]);
            Assert.Equal(["statement", "PressRelease"], request["categories"]!.AsArray().Select(c => (string?)c));
            Assert.Equal(["text/plain", "text/html"], request["content"]!.AsArray().Select(c => (string?)c!["type"]));
            Assert.All(request["content"]!.AsArray(), c => Assert.Contains(StatementMessageBuilder.UnsubscribePlaceholder, (string?)c!["value"], StringComparison.Ordinal));
            Assert.False((bool?)request["tracking_settings"]!["subscription_tracking"]!["enable"]);

            foreach (var p in request["personalizations"]!.AsArray().Select(p => p!.AsObject()))
            {
                var to = (string)p["to"]![0]!["email"]!;
                var url = (string)p["substitutions"]![StatementMessageBuilder.UnsubscribePlaceholder]!;
                Assert.StartsWith("http://127.0.0.1:7071/api/unsubscribe?token=", url, StringComparison.Ordinal);
                Assert.Equal($"<{url}>, <mailto:presse@pauseia.fr?subject=unsubscribe>", (string?)p["headers"]!["List-Unsubscribe"]);
                Assert.Equal("List-Unsubscribe=One-Click", (string?)p["headers"]!["List-Unsubscribe-Post"]);
                Assert.EndsWith("@media.pauseia.fr>", (string?)p["headers"]!["Message-ID"], StringComparison.Ordinal);
                Assert.Equal(id, (string?)p["custom_args"]!["statementId"]);
                Assert.Equal(to, (string?)p["custom_args"]!["contact"]);
                Assert.Equal($"{batch + 1}", (string?)p["custom_args"]!["batch"]);
                Assert.Equal(new UnsubscribeToken(id, to), tokens.Read(url[(url.IndexOf('=', StringComparison.Ordinal) + 1)..]));
            }
        }

        var first = stub.Attempts[0]["personalizations"]![0]!;
        var indexed = await host.Get<MessageIdIndex>().FindAsync((string)first["headers"]!["Message-ID"]!);
        Assert.Equal(new MessageIdEntry(indexed!.MessageId, MessageIdOwner.Statement, id, (string?)first["to"]![0]!["email"]), indexed);

        var statement = await host.StatementAsync(id);
        Assert.Equal(StatementState.Sent, statement.State);
        Assert.Equal(2500, host.Contacts.Activities.Count(a => a.Activity.Kind == PauseIA.Media.Contacts.ContactActivityKind.StatementSent && a.Activity.RelatedId == id));
        var report = await host.Get<StatementSendReports>().GetAsync(id);
        Assert.Equal(["sg-1", "sg-2", "sg-3"], report.Batches.Select(b => b.ProviderMessageId));
        Assert.All(report.Batches, b => Assert.Equal(BatchState.Sent, b.State));
    }

    [Fact]
    public async Task ThrottlingServerErrorsAndACrashMidwayStillGiveEveryRecipientExactlyOneMessage()
    {
        using var stub = new SendGridStub();
        stub.Then(429, retryAfter: "7").Then(202).Then(500);
        await using var host = await StatementsTestHost.CreateAsync(azurite, stub.Settings);
        var segment = $"crash{Guid.NewGuid():N}"[..20];
        var emails = host.Contacts.AddSegment(segment, 2500);
        var id = await host.SignedOffAsync(StatementAudience.ForSegment(segment));
        await host.Get<StatementSends>().StartAsync(id, host.Spokesperson, null);
        var ledger = host.Get<SendLedger>();

        // Run 1: SendGrid throttles batch 1; the run stops and the message comes back after Retry-After.
        await host.RunSendAsync(id);
        var throttled = (await ledger.GetBatchAsync(id, 1))!.Batch;
        Assert.Equal((BatchState.Planned, 1, "SendGrid 429"), (throttled.State, throttled.Attempts, throttled.Error));
        Assert.Equal(host.Services.Time.GetUtcNow().AddSeconds(7), throttled.NotBefore);

        // Run 2 is "killed" right after SendGrid accepts batch 1.
        host.Services.Time.Advance(TimeSpan.FromSeconds(7));
        using var crash = new CancellationTokenSource();
        stub.OnAccepted = _ => crash.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => host.RunSendAsync(id, crash.Token));
        stub.OnAccepted = null;
        Assert.Equal(BatchState.Sent, (await ledger.GetBatchAsync(id, 1))!.Batch.State);
        Assert.Equal(BatchState.Planned, (await ledger.GetBatchAsync(id, 2))!.Batch.State);

        // Run 3, the redelivered message: batch 1 is done; batch 2 meets a 500 and waits its backoff.
        await host.RunSendAsync(id);
        var failedOnce = (await ledger.GetBatchAsync(id, 2))!.Batch;
        Assert.Equal(host.Services.Time.GetUtcNow().AddSeconds(2), failedOnce.NotBefore);

        // Run 4 finishes.
        host.Services.Time.Advance(TimeSpan.FromSeconds(2));
        await host.RunSendAsync(id);

        Assert.Equal(5, stub.Attempts.Count);
        Assert.Equal(3, stub.Accepted.Count);
        Assert.Equal(2500, stub.AcceptedRecipients.Count);
        Assert.Equal(emails.Order(StringComparer.Ordinal), stub.AcceptedRecipients.Order(StringComparer.Ordinal));
        Assert.Equal(StatementState.Sent, (await host.StatementAsync(id)).State);
        Assert.Equal([2, 2, 1], (await ledger.ListBatchesAsync(id)).Select(b => b.Batch.Attempts));

        // A late duplicate of the message changes nothing.
        await host.RunSendAsync(id);
        Assert.Equal(5, stub.Attempts.Count);
    }

    [Fact]
    public async Task ABatchWhoseOutcomeIsUnknownIsNeverResentWithoutADecision()
    {
        using var stub = new SendGridStub();
        await using var host = await StatementsTestHost.CreateAsync(azurite, stub.Settings, configure: s =>
            s.Configure<HttpClientFactoryOptions>(EmailServiceCollectionExtensions.SendGridHttpClient, o => o.HttpClientActions.Add(c => c.Timeout = TimeSpan.FromSeconds(1))));
        var id = await host.SignedOffAsync(StatementAudience.ForSegment(host.NewSegment(4)));
        await host.Get<StatementSends>().StartAsync(id, host.Spokesperson, null);
        stub.ThenHang(TimeSpan.FromSeconds(3));

        await host.RunSendAsync(id);
        await host.RunSendAsync(id);

        var batch = (await host.Get<SendLedger>().GetBatchAsync(id, 1))!.Batch;
        Assert.Equal(BatchState.Unknown, batch.State);
        Assert.Single(await stub.AttemptsWhenAnsweredAsync());
        Assert.Equal(StatementState.Sending, (await host.StatementAsync(id)).State);
        Assert.Contains(await host.Get<StatementTimeline>().ListAsync(id), e => e.Kind == StatementEventKind.BatchUnknown);

        var byOfficer = await host.HttpAsync<StatementSendFunctions>(nameof(StatementSendFunctions.ResolveBatch), host.PressOfficer, (f, r) => f.ResolveBatch(r, id, 1), new { outcome = "sent" });
        var resolved = await host.HttpAsync<StatementSendFunctions>(nameof(StatementSendFunctions.ResolveBatch), host.Spokesperson, (f, r) => f.ResolveBatch(r, id, 1), new { outcome = "sent" });
        await host.RunSendAsync(id);

        Assert.Equal(403, byOfficer.Status);
        Assert.Equal("sent", (string?)resolved.Json!["state"]);
        Assert.Single(stub.Attempts);
        Assert.Equal(StatementState.Sent, (await host.StatementAsync(id)).State);
    }

    [Fact]
    public async Task AFailedBatchCanBeResentOnDecision()
    {
        using var stub = new SendGridStub();
        stub.Then(400);
        await using var host = await StatementsTestHost.CreateAsync(azurite, stub.Settings);
        var id = await host.SignedOffAsync(StatementAudience.ForSegment(host.NewSegment(2)));
        await host.Get<StatementSends>().StartAsync(id, host.Spokesperson, null);
        await host.RunSendAsync(id);
        Assert.Equal(BatchState.Failed, (await host.Get<SendLedger>().GetBatchAsync(id, 1))!.Batch.State);

        var confirmSent = await host.HttpAsync<StatementSendFunctions>(nameof(StatementSendFunctions.ResolveBatch), host.Spokesperson, (f, r) => f.ResolveBatch(r, id, 1), new { outcome = "sent" });
        var noOutcome = await host.HttpAsync<StatementSendFunctions>(nameof(StatementSendFunctions.ResolveBatch), host.Spokesperson, (f, r) => f.ResolveBatch(r, id, 1), new { });
        var noBatch = await host.HttpAsync<StatementSendFunctions>(nameof(StatementSendFunctions.ResolveBatch), host.Spokesperson, (f, r) => f.ResolveBatch(r, id, 9), new { outcome = "resend" });
        var resend = await host.HttpAsync<StatementSendFunctions>(nameof(StatementSendFunctions.ResolveBatch), host.Spokesperson, (f, r) => f.ResolveBatch(r, id, 1), new { outcome = "resend" });
        await host.RunSendAsync(id);

        Assert.Equal(409, confirmSent.Status);
        Assert.Equal(400, noOutcome.Status);
        Assert.Equal(404, noBatch.Status);
        Assert.Equal("planned", (string?)resend.Json!["state"]);
        Assert.Equal(2, stub.Attempts.Count);
        Assert.Equal(2, stub.AcceptedRecipients.Count);
        Assert.Equal(StatementState.Sent, (await host.StatementAsync(id)).State);
    }

    [Fact]
    public async Task ABatchLeftSendingByADeadRunIsNotResentAfterItsLease()
    {
        using var stub = new SendGridStub();
        await using var host = await StatementsTestHost.CreateAsync(azurite, stub.Settings);
        var segment = $"lease{Guid.NewGuid():N}"[..16];
        host.Contacts.AddSegment(segment, 1500);
        var id = await host.SignedOffAsync(StatementAudience.ForSegment(segment));
        await host.Get<StatementSends>().StartAsync(id, host.Spokesperson, null);
        await host.Get<SendPlanner>().PlanAsync(await host.StatementAsync(id));
        var ledger = host.Get<SendLedger>();
        var first = (await ledger.GetBatchAsync(id, 1))!;
        await ledger.TryReplaceAsync(id, first, first.Batch with { State = BatchState.Sending, Attempts = 1, LeaseUntil = host.Services.Time.GetUtcNow().AddMinutes(5) });

        await host.RunSendAsync(id);
        Assert.Empty(stub.Attempts);

        host.Services.Time.Advance(TimeSpan.FromMinutes(6));
        await host.RunSendAsync(id);

        Assert.Equal(BatchState.Unknown, (await ledger.GetBatchAsync(id, 1))!.Batch.State);
        Assert.Equal([500], stub.Attempts.Select(r => r["personalizations"]!.AsArray().Count));
        Assert.Equal(StatementState.Sending, (await host.StatementAsync(id)).State);
    }

    [Fact]
    public async Task SomeoneWhoOptedOutAfterTheSignOffIsSkippedAndRecorded()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var segment = host.NewSegment(3);
        var id = await host.SignedOffAsync(StatementAudience.ForSegment(segment));
        var leaver = (await host.Get<StatementSignOffs>().ManifestAsync(id)).Recipients[1].Email;
        host.Contacts.Suppress(leaver, PauseIA.Media.Contacts.SuppressionReason.OptedOut);

        await host.Get<StatementSends>().StartAsync(id, host.Spokesperson, null);
        await host.RunSendAsync(id);

        var sent = await host.Get<OutboxStore>().ListAsync(kind: nameof(MailKind.Statement), relatedId: id);
        Assert.Equal(2, Assert.Single(sent).To.Count);
        Assert.DoesNotContain(leaver, sent[0].To);
        var report = await host.Get<StatementSendReports>().GetAsync(id);
        Assert.Equal(new SkippedRecipient(leaver, PauseIA.Media.Contacts.SuppressionReason.OptedOut, 1, report.Skipped[0].At), Assert.Single(report.Skipped));
        Assert.Equal(1, report.Batches[0].Skipped);
        Assert.Contains(await host.Get<StatementTimeline>().ListAsync(id), e => e.Kind == StatementEventKind.RecipientSkipped && e.Detail!.StartsWith(leaver, StringComparison.Ordinal));
        var record = JsonNode.Parse(await host.Get<StatementRecords>().ReadAsync(id))!;
        Assert.Equal(leaver, (string?)record["skipped"]![0]!["email"]);
        Assert.Equal(2, (int?)record["sent"]);
    }

    [Fact]
    public async Task ANewRecipientAfterTheSignOffNeedsANewSignOff()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var segment = host.NewSegment(2);
        var id = await host.SignedOffAsync(StatementAudience.ForSegment(segment));
        host.Contacts.Add("nouvelle@journal.example", "Nouvelle Venue", segment);

        var refused = await host.HttpAsync<StatementSendFunctions>(nameof(StatementSendFunctions.Send), host.Spokesperson, (f, r) => f.Send(r, id));

        Assert.Equal(409, refused.Status);
        Assert.Contains("+1", refused.Error, StringComparison.Ordinal);
        var statement = await host.StatementAsync(id);
        Assert.Equal(StatementState.Approved, statement.State);
        Assert.Null(statement.SignOff);
        Assert.Contains(await host.Get<StatementTimeline>().ListAsync(id), e => e.Kind == StatementEventKind.SignOffVoided);
        Assert.Empty(await host.Get<OutboxStore>().ListAsync(kind: nameof(MailKind.Statement), relatedId: id));

        var second = await host.Get<StatementSignOffs>().SignOffAsync(id, new SignOffRequest(), host.Spokesperson, null);
        await host.Get<StatementSends>().StartAsync(id, host.Spokesperson, null);
        await host.RunSendAsync(id);

        Assert.Equal(2, second.Number);
        Assert.Equal(3, Assert.Single(await host.Get<OutboxStore>().ListAsync(kind: nameof(MailKind.Statement), relatedId: id)).To.Count);
    }

    [Fact]
    public async Task ContentThatNoLongerHashesToTheApprovalSendsNothing()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var id = await host.SignedOffAsync(StatementAudience.ForSegment(host.NewSegment()));
        var blob = host.Services.GetKeyed<Azure.Storage.Blobs.BlobContainerClient>(StatementBlobs.Name).GetBlobClient(StatementBlobs.VersionBlob(id, 1));
        await blob.DeleteAsync();
        await blob.UploadAsync(BinaryData.FromString(StatementsTestHost.Markdown.Replace("traité", "moratoire", StringComparison.Ordinal)));

        var refused = await host.HttpAsync<StatementSendFunctions>(nameof(StatementSendFunctions.Send), host.Spokesperson, (f, r) => f.Send(r, id));

        Assert.Equal(409, refused.Status);
        Assert.Equal(StatementState.Draft, (await host.StatementAsync(id)).State);
        Assert.Empty(await host.Get<OutboxStore>().ListAsync(kind: nameof(MailKind.Statement), relatedId: id));
    }

    [Fact]
    public async Task ASenderChangedSinceTheApprovalSendsNothing()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var id = await host.SignedOffAsync(StatementAudience.ForSegment(host.NewSegment()));
        await using var renamed = await StatementsTestHost.CreateAsync(azurite, new Dictionary<string, string?> { ["Mail:PressName"] = "Pause IA" }, host.Contacts, host.Inquiries);

        var refusal = await Assert.ThrowsAsync<DomainException>(() => renamed.Get<StatementSends>().StartAsync(id, renamed.Spokesperson, null));

        Assert.Equal(DomainErrorKind.Conflict, refusal.Kind);
        Assert.Equal(StatementState.Draft, (await host.StatementAsync(id)).State);
    }

    [Fact]
    public async Task AStatementHeldForItsEmbargoIsScheduledAndSentWhenItLifts()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var markdown = "---\ntitle: Sous embargo\nembargo: 2026-11-30T12:00:00+00:00\n---\n# Texte\n";
        var id = await host.SignedOffAsync(StatementAudience.ForSegment(host.NewSegment()), markdown, EmbargoMode.AtEmbargo);

        var scheduled = await host.Get<StatementSends>().StartAsync(id, host.Spokesperson, null);
        await host.RunSendAsync(id);

        Assert.Equal(StatementState.Scheduled, scheduled.State);
        Assert.Equal(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero), scheduled.ScheduledFor);
        Assert.Equal(StatementState.Scheduled, (await host.StatementAsync(id)).State);
        Assert.Empty(await host.Get<OutboxStore>().ListAsync(kind: nameof(MailKind.Statement), relatedId: id));

        host.Services.Time.SetUtcNow(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));
        var preview = await host.Get<StatementPreviews>().PreviewAsync(id, host.Spokesperson, null);
        await host.RunSendAsync(id);

        Assert.False(preview.ShowsEmbargoLine);
        Assert.Equal(StatementState.Sent, (await host.StatementAsync(id)).State);
        Assert.Single(await host.Get<OutboxStore>().ListAsync(kind: nameof(MailKind.Statement), relatedId: id));
    }

    [Fact]
    public async Task AStatementSentBeforeItsEmbargoGoesAtOnceWithTheEmbargoLine()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var markdown = "---\ntitle: Sous embargo\nembargo: 2026-12-02T06:00:00+01:00\n---\n# Texte\n";
        var id = await host.SignedOffAsync(StatementAudience.ForSegment(host.NewSegment()), markdown, EmbargoMode.BeforeWithLine);

        var preview = await host.Get<StatementPreviews>().PreviewAsync(id, host.Spokesperson, null);
        var started = await host.Get<StatementSends>().StartAsync(id, host.Spokesperson, null);

        Assert.True(preview.ShowsEmbargoLine);
        Assert.Null(preview.SendsAt);
        Assert.Equal(StatementState.Sending, started.State);
    }

    [Fact]
    public async Task AnInquiryAnswerGoesToTheJournalistInTheThreadAndIsRecordedThere()
    {
        using var stub = new SendGridStub();
        await using var host = await StatementsTestHost.CreateAsync(azurite, stub.Settings);
        var reference = $"PIA-2026-{Random.Shared.Next(1000, 9999)}";
        host.Contacts.Add("j.dupont@lemonde.fr", "Jeanne Dupont");
        host.Inquiries.Add(new PauseIA.Media.Inquiries.InquiryReplyContext(reference, "j.dupont@lemonde.fr", "Jeanne Dupont", "fr", "Demande d'interview", "abc@lemonde.fr", ["root@lemonde.fr", "abc@lemonde.fr"]));
        var draft = await host.Get<StatementDrafts>().CreateAsync(
            new SaveStatementRequest("Bonjour Jeanne,\n\nVoici notre position.\n", Kind: StatementKind.InquiryAnswer, Inquiry: reference), host.Spokesperson);
        await host.Get<StatementReviews>().SubmitAsync(draft.Id, host.Spokesperson, null);
        await host.Get<StatementReviews>().ReviewAsync(draft.Id, new ReviewRequest(ReviewDecision.Approve), host.Director, null);
        await host.Get<StatementSignOffs>().SignOffAsync(draft.Id, new SignOffRequest(), host.Spokesperson, null);

        await host.Get<StatementSends>().StartAsync(draft.Id, host.Spokesperson, null);
        await host.RunSendAsync(draft.Id);

        var request = Assert.Single(stub.Attempts);
        var personalization = Assert.Single(request["personalizations"]!.AsArray())!;
        Assert.Equal("j.dupont@lemonde.fr", (string?)personalization["to"]![0]!["email"]);
        Assert.Equal($"Re: Demande d'interview [{reference}]", (string?)request["subject"]);
        Assert.Equal("<abc@lemonde.fr>", (string?)personalization["headers"]!["In-Reply-To"]);
        Assert.Equal("<root@lemonde.fr> <abc@lemonde.fr>", (string?)personalization["headers"]!["References"]);
        var (recordedIn, message) = Assert.Single(host.Inquiries.Recorded);
        Assert.Equal(reference, recordedIn);
        Assert.Equal(draft.Id, message.StatementId);
        Assert.Equal($"<{message.MessageId}>", (string?)personalization["headers"]!["Message-ID"]);
        Assert.DoesNotContain(StatementMessageBuilder.UnsubscribePlaceholder, message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ATestSendGoesOnlyToTheSignedInMemberFromReviewOn()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var draft = await host.DraftAsync(host.PressOfficer, StatementAudience.ForSegment(host.NewSegment()));

        var tooEarly = await host.HttpAsync<StatementSendFunctions>(nameof(StatementSendFunctions.Send), host.PressOfficer, (f, r) => f.Send(r, draft.Id), new { test = true });
        await host.Get<StatementReviews>().SubmitAsync(draft.Id, host.PressOfficer, null);
        var test = await host.HttpAsync<StatementSendFunctions>(nameof(StatementSendFunctions.Send), host.Director, (f, r) => f.Send(r, draft.Id), new { test = true });

        Assert.Equal(409, tooEarly.Status);
        Assert.Equal(200, test.Status);
        Assert.Equal(TestSettings.CommsDirector, (string?)test.Json!["sentTo"]);
        var mail = Assert.Single(await host.Get<OutboxStore>().ListAsync(relatedId: draft.Id), m => m.Kind == nameof(MailKind.StatementTest));
        Assert.Equal([TestSettings.CommsDirector], mail.To);
        Assert.StartsWith("[TEST] ", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Pause IA demande un traité international", mail.Subject, StringComparison.Ordinal);
        var url = mail.Headers["List-Unsubscribe"].Split('>')[0].TrimStart('<');
        Assert.True(host.Get<UnsubscribeTokens>().Read(url[(url.IndexOf('=', StringComparison.Ordinal) + 1)..])!.Test);
        Assert.Equal(StatementState.InReview, (await host.StatementAsync(draft.Id)).State);
        Assert.Empty(await host.Get<OutboxStore>().ListAsync(kind: nameof(MailKind.Statement), relatedId: draft.Id));
    }

    [Fact]
    public async Task ThePreviewIsThePayloadTheSendBuildsForOneRecipient()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var view = await host.InReviewAsync(StatementAudience.ForSegment(host.NewSegment()));

        var preview = await host.HttpAsync<StatementPreviewFunctions>(nameof(StatementPreviewFunctions.Preview), host.Director, (f, r) => f.Preview(r, view.Id));

        Assert.Equal(200, preview.Status);
        Assert.Equal(view.ContentHash, (string?)preview.Json!["contentHash"]);
        Assert.Contains("Pause IA demande un traité international", (string?)preview.Json["subject"], StringComparison.Ordinal);
        Assert.Equal("\"Pause IA – Presse\" <presse@pauseia.fr>", (string?)preview.Json["from"]);
        Assert.Contains(TestSettings.CommsDirector, (string?)preview.Json["to"], StringComparison.Ordinal);
        var headers = preview.Json["headers"]!.AsArray().ToDictionary(h => (string)h!["name"]!, h => (string?)h!["value"]);
        Assert.Equal("List-Unsubscribe=One-Click", headers["List-Unsubscribe-Post"]);
        var url = headers["List-Unsubscribe"]!.Split('>')[0].TrimStart('<');
        Assert.Contains(url, (string?)preview.Json["text"], StringComparison.Ordinal);
        Assert.DoesNotContain(StatementMessageBuilder.UnsubscribePlaceholder, (string?)preview.Json["html"], StringComparison.Ordinal);
        Assert.Equal(view.Id, (string?)preview.Json["customArgs"]!["statementId"]);
        Assert.True(host.Get<UnsubscribeTokens>().Read(url[(url.IndexOf('=', StringComparison.Ordinal) + 1)..])!.Test);
    }

    [Fact]
    public async Task TheStatementOfRecordIsWrittenOnceWhenTheSendEnds()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var id = await host.SignedOffAsync(StatementAudience.ForSegment(host.NewSegment(2)));

        var before = await host.HttpAsync<StatementReportFunctions>(nameof(StatementReportFunctions.Record), host.Admin(), (f, r) => f.Record(r, id));
        await host.Get<StatementSends>().StartAsync(id, host.Spokesperson, null);
        await host.RunSendAsync(id);
        var after = await host.HttpAsync<StatementReportFunctions>(nameof(StatementReportFunctions.Record), host.Admin(), (f, r) => f.Record(r, id));

        Assert.Equal(404, before.Status);
        Assert.Equal(200, after.Status);
        Assert.Contains("attachment", after.Headers.ContentDisposition.ToString(), StringComparison.Ordinal);
        var record = JsonNode.Parse(after.Content!)!;
        var statement = await host.StatementAsync(id);
        Assert.Equal(statement.SignOff!.ContentHash, (string?)record["contentHash"]);
        Assert.Equal(StatementContentHash.Format, (string?)record["contentHashFormat"]);
        Assert.Equal(TestSettings.CommsDirector, (string?)record["approval"]!["by"]);
        Assert.Equal(TestSettings.Spokesperson, (string?)record["signOff"]!["by"]);
        Assert.Equal(statement.SignOff.ManifestHash, (string?)record["signOff"]!["manifestHash"]);
        Assert.Equal(2, record["manifest"]!["recipients"]!.AsArray().Count);
        Assert.Equal("sent", (string?)record["batches"]![0]!["state"]);
        Assert.False(await host.Get<StatementBlobs>().CreateAsync(StatementBlobs.RecordBlob(id), [1, 2, 3]));
    }

    [Fact]
    public async Task TheSchedulerRequeuesAStatementWhoseEmbargoLiftedAndAStalledSend()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var embargoed = await host.SignedOffAsync(StatementAudience.ForSegment(host.NewSegment()), "---\nembargo: 2026-11-30T10:00:00Z\n---\n# T\n", EmbargoMode.AtEmbargo);
        await host.Get<StatementSends>().StartAsync(embargoed, host.Spokesperson, null);
        var stalled = await host.SignedOffAsync(StatementAudience.ForSegment(host.NewSegment()));
        await host.Get<StatementSends>().StartAsync(stalled, host.Spokesperson, null);

        var early = await host.Get<StatementScheduler>().RunAsync();
        host.Services.Time.Advance(TimeSpan.FromHours(2));
        var late = await host.Get<StatementScheduler>().RunAsync();

        Assert.DoesNotContain(embargoed, early);
        Assert.DoesNotContain(stalled, early);
        Assert.Contains(embargoed, late);
        Assert.Contains(stalled, late);
    }
}
