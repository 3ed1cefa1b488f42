using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using PauseIA.Media.Contacts;
using PauseIA.Media.Functions.Statements;
using PauseIA.Media.Statements;
using PauseIA.Media.Statements.DeliveryEvents;
using PauseIA.Media.Statements.Sending;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Statements.DeliveryEvents;

public sealed class SendGridEventWebhookTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly ECDsa key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    private string PublicKey => Convert.ToBase64String(key.ExportSubjectPublicKeyInfo());

    [Fact]
    public async Task SignedEventsUpdateTheStatementsStatisticsAndTheContacts()
    {
        await using var host = await HostAsync();
        var statement = Guid.NewGuid().ToString("N");
        var body = Events(
            Event("processed", "a@lemonde.fr", statement),
            Event("delivered", "a@lemonde.fr", statement),
            Event("open", "a@lemonde.fr", statement),
            Event("click", "a@lemonde.fr", statement, extra: ("url", "https://pauseia.fr/traite")),
            Event("bounce", "hard@lemonde.fr", statement, extra: ("type", "bounce")),
            Event("bounce", "soft@lemonde.fr", statement, extra: ("type", "blocked")),
            Event("dropped", "gone@lemonde.fr", statement, extra: ("reason", "Bounced Address")),
            Event("spamreport", "angry@lemonde.fr", statement),
            Event("unsubscribe", "bye@lemonde.fr", statement),
            Event("delivered", "ack@lemonde.fr", null));

        var response = await PostAsync(host, body, Sign(body, Now(host)), Now(host));

        Assert.Equal(200, response.Status);
        Assert.Equal(10, (int?)response.Json!["applied"]);
        Assert.Equal(
            new StatementStats(Processed: 1, Delivered: 1, Deferred: 0, Opened: 1, Clicked: 1, Bounced: 2, Dropped: 1, SpamReports: 1, Unsubscribes: 1),
            await host.Get<StatementStatsStore>().GetAsync(statement) with { UpdatedAt = null });
        Assert.Equal(["gone@lemonde.fr", "hard@lemonde.fr"], host.Contacts.HardBounces.Select(b => b.Email).Order(StringComparer.Ordinal));
        Assert.Equal([("angry@lemonde.fr", "sendgrid:spamreport"), ("bye@lemonde.fr", "sendgrid:unsubscribe")], host.Contacts.OptOuts.OrderBy(o => o.Email, StringComparer.Ordinal));
        Assert.Contains(host.Contacts.Activities, a => a.Email == "a@lemonde.fr" && a.Activity.Kind == ContactActivityKind.Clicked && a.Activity.RelatedId == statement && a.Activity.Summary.Contains("pauseia.fr/traite", StringComparison.Ordinal));
        Assert.Contains(host.Contacts.Activities, a => a.Email == "ack@lemonde.fr" && a.Activity.Kind == ContactActivityKind.Delivered && a.Activity.RelatedId is null);
        Assert.Contains(host.Contacts.Activities, a => a.Email == "a@lemonde.fr" && a.Activity.Kind == ContactActivityKind.StatementSent && a.Activity.RelatedId == statement);
        Assert.Single(host.Contacts.Activities, a => a.Activity.Kind == ContactActivityKind.StatementSent);
    }

    [Fact]
    public async Task TheSamePostTwiceAppliesEachEventOnce()
    {
        await using var host = await HostAsync();
        var statement = Guid.NewGuid().ToString("N");
        var body = Events(Event("delivered", "a@lemonde.fr", statement), Event("open", "a@lemonde.fr", statement));
        var signature = Sign(body, Now(host));

        await PostAsync(host, body, signature, Now(host));
        var again = await PostAsync(host, body, signature, Now(host));

        Assert.Equal(200, again.Status);
        Assert.Equal(0, (int?)again.Json!["applied"]);
        Assert.Equal(2, (int?)again.Json["duplicates"]);
        Assert.Equal(1, (await host.Get<StatementStatsStore>().GetAsync(statement)).Delivered);
        Assert.Equal(2, host.Contacts.Activities.Count);
    }

    [Theory]
    [InlineData(-11)]
    [InlineData(11)]
    public async Task AReplayedPostOutsideTheWindowIsRefusedAndChangesNothing(int minutes)
    {
        await using var host = await HostAsync();
        var statement = Guid.NewGuid().ToString("N");
        var body = Events(Event("unsubscribe", "a@lemonde.fr", statement));
        var timestamp = Now(host) + (minutes * 60);

        var response = await PostAsync(host, body, Sign(body, timestamp), timestamp);

        Assert.Equal(401, response.Status);
        Assert.Contains("replay", response.Error, StringComparison.Ordinal);
        Assert.Empty(host.Contacts.OptOuts);
        Assert.Equal(0, (await host.Get<StatementStatsStore>().GetAsync(statement)).Unsubscribes);
    }

    [Fact]
    public async Task AForgedOrAlteredPostIsRefusedAndChangesNothing()
    {
        await using var host = await HostAsync();
        using var forger = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var body = Events(Event("spamreport", "victim@lemonde.fr", null));
        var now = Now(host);
        var forgedSignature = Convert.ToBase64String(forger.SignData(Encoding.UTF8.GetBytes($"{now}{body}"), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));

        var forged = await PostAsync(host, body, forgedSignature, now);
        var altered = await PostAsync(host, body.Replace("victim", "other", StringComparison.Ordinal), Sign(body, now), now);
        var garbled = await PostAsync(host, body, "not base64 at all", now);
        var unsigned = await host.Services.CallAsync<SendGridEventsFunction>(null, (f, r) => f.Receive(r), body: body);

        Assert.Equal([401, 401, 401, 401], new[] { forged.Status, altered.Status, garbled.Status, unsigned.Status });
        Assert.Empty(host.Contacts.OptOuts);
        Assert.Empty(host.Contacts.Activities);
    }

    [Fact]
    public async Task WithoutAConfiguredKeyEveryPostIsRefused()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var body = Events(Event("unsubscribe", "a@lemonde.fr", null));

        var response = await PostAsync(host, body, Sign(body, Now(host)), Now(host));

        Assert.Equal(401, response.Status);
        Assert.Empty(host.Contacts.OptOuts);
    }

    [Theory]
    [InlineData("{\"event\":\"delivered\"}")]
    [InlineData("[{\"event\":")]
    public async Task AnAuthenticButMalformedBodyIsABadRequest(string body)
    {
        await using var host = await HostAsync();

        var response = await PostAsync(host, body, Sign(body, Now(host)), Now(host));

        Assert.Equal(400, response.Status);
    }

    [Fact]
    public async Task AnEventFromABatchWhoseOutcomeWasUnknownConfirmsItWasSent()
    {
        await using var host = await HostAsync();
        var statement = Guid.NewGuid().ToString("N");
        var ledger = host.Get<SendLedger>();
        await ledger.CreatePlanAsync(statement, new SendPlan("plan", host.Services.Time.GetUtcNow(), 2, 1), [new SendBatch(1, BatchState.Unknown, 2, "blob")]);
        var body = Events(Event("delivered", "a@lemonde.fr", statement, extra: ("batch", "1")));

        await PostAsync(host, body, Sign(body, Now(host)), Now(host));

        var batch = (await ledger.GetBatchAsync(statement, 1))!.Batch;
        Assert.Equal((BatchState.Sent, 2), (batch.State, batch.Sent));
        Assert.Contains(await host.Get<StatementTimeline>().ListAsync(statement), e => e.Kind == StatementEventKind.BatchResolved && e.Detail!.Contains("delivered", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AnEventAboutASingleMailWhoseOutcomeWasUnknownConfirmsItWasSent()
    {
        await using var host = await HostAsync();
        var at = host.Services.Time.GetUtcNow();
        var unknown = await host.Get<PauseIA.Media.Email.MailSendLedger>().AddAsync(new PauseIA.Media.Email.MailSend
        {
            Id = "send-unknown", RelatedId = "PIA-2026-0042", Kind = PauseIA.Media.Email.MailKind.Acknowledgement, To = ["a@lemonde.fr"], Subject = "Re: Question",
            MessageId = "ack@media.pauseia.fr", State = PauseIA.Media.Email.MailSendState.Unknown, Attempts = 1, CreatedAt = at, UpdatedAt = at,
        }, "{}");
        var confirming = Event("delivered", "a@lemonde.fr", null);
        confirming["relatedId"] = unknown.RelatedId;
        confirming["sendId"] = unknown.Id;
        var forged = Event("delivered", "a@lemonde.fr", null);
        forged["relatedId"] = "../PIA#?";
        forged["sendId"] = "x/y";
        var body = Events(confirming, forged);

        var response = await PostAsync(host, body, Sign(body, Now(host)), Now(host));

        Assert.Equal(200, response.Status);
        var sent = (await host.Get<PauseIA.Media.Email.MailSends>().GetAsync(unknown.RelatedId, unknown.Id))!;
        Assert.Equal((PauseIA.Media.Email.MailSendState.Sent, "sendgrid"), (sent.State, sent.ResolvedBy));
    }

    [Fact]
    public void AKeyThatIsNotAnEcdsaPublicKeyIsRefusedAtStart()
    {
        var validator = new EventWebhookOptionsValidator();

        Assert.True(validator.Validate(null, new EventWebhookOptions { EventWebhookPublicKey = PublicKey }).Succeeded);
        Assert.True(validator.Validate(null, new EventWebhookOptions()).Succeeded);
        Assert.Contains("SendGrid:EventWebhookPublicKey", validator.Validate(null, new EventWebhookOptions { EventWebhookPublicKey = "bm90IGEga2V5" }).FailureMessage, StringComparison.Ordinal);
    }

    public void Dispose() => key.Dispose();

    private Task<StatementsTestHost> HostAsync() =>
        StatementsTestHost.CreateAsync(azurite, new Dictionary<string, string?> { ["SendGrid:EventWebhookPublicKey"] = PublicKey });

    private static long Now(StatementsTestHost host) => host.Services.Time.GetUtcNow().ToUnixTimeSeconds();

    /// <summary>As SendGrid signs: ECDSA P-256 with SHA-256 over the timestamp followed by the exact body, DER, base64.</summary>
    private string Sign(string body, long timestamp) =>
        Convert.ToBase64String(key.SignData(Encoding.UTF8.GetBytes($"{timestamp}{body}"), HashAlgorithmName.SHA256, DSASignatureFormat.Rfc3279DerSequence));

    private static Task<FunctionResponse> PostAsync(StatementsTestHost host, string body, string signature, long timestamp) =>
        host.Services.CallAsync<SendGridEventsFunction>(null, (f, r) => f.Receive(r), body: body, headers: new Dictionary<string, string>
        {
            [EventSignatureVerifier.SignatureHeader] = signature,
            [EventSignatureVerifier.TimestampHeader] = timestamp.ToString(CultureInfo.InvariantCulture),
        });

    private static string Events(params Dictionary<string, object>[] events) => JsonSerializer.Serialize(events);

    private static Dictionary<string, object> Event(string type, string email, string? statementId, (string Name, string Value)? extra = null)
    {
        var e = new Dictionary<string, object>
        {
            ["email"] = email,
            ["event"] = type,
            ["timestamp"] = 1796029200,
            ["sg_event_id"] = Convert.ToBase64String(Guid.NewGuid().ToByteArray()),
            ["sg_message_id"] = "sg-1.filter",
        };
        if (statementId is not null)
        {
            e["statementId"] = statementId;
            e["contact"] = email;
        }

        if (extra is { } pair)
        {
            e[pair.Name] = pair.Value;
        }

        return e;
    }
}
