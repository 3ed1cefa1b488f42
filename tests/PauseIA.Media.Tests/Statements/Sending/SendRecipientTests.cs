using System.Text.Json.Nodes;
using PauseIA.Media.Email;
using PauseIA.Media.Functions.Statements;
using PauseIA.Media.Statements;
using PauseIA.Media.Statements.Sending;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Statements.Sending;

/// <summary>Who a send reaches: the frozen manifest less those who opted out since, or the inquiry's journalist.</summary>
public sealed class SendRecipientTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
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

        var refused = await host.Services.CallAsync<StatementSendFunctions>(host.Spokesperson.Email, (f, r) => f.Send(r, id));

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
}
