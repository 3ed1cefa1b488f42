using System.Text.Json.Nodes;
using PauseIA.Media.Email;
using PauseIA.Media.Testing;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;

namespace PauseIA.Media.Tests.Email;

public sealed class MailSenderTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly WireMockServer sendGrid = WireMockServer.Start();

    [Fact]
    public async Task WithAnApiKeyMailGoesToSendGridsV3ApiAndNotToTheOutbox()
    {
        sendGrid.Given(Request.Create().WithPath("/v3/mail/send").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(202).WithHeader("X-Message-Id", "sg-123"));
        await using var services = await TestServices.CreateAsync(azurite, Settings());

        var sent = await services.Get<MailSends>().SendAsync(new OutgoingMail(
            MailKind.Notification, "PIA-2026-0007", [new MailAddress("lyon@pauseia.fr", "Léa Dubois")], "Nouvelle demande [PIA-2026-0007]", "Une demande vous attend.")
        {
            Headers = new Dictionary<string, string> { ["X-Auto-Response-Suppress"] = "All" },
        }, "notify-7@media.pauseia.fr");

        var request = Assert.Single(sendGrid.LogEntries).RequestMessage;
        Assert.Equal("Bearer SG.test-key", request.Headers!["Authorization"].Single());
        var payload = JsonNode.Parse(request.Body!)!;
        Assert.Equal("presse@pauseia.fr", (string?)payload["from"]!["email"]);
        var personalization = payload["personalizations"]![0]!;
        Assert.Equal("lyon@pauseia.fr", (string?)personalization["to"]![0]!["email"]);
        Assert.Equal("Nouvelle demande [PIA-2026-0007]", (string?)payload["subject"]);
        Assert.Equal("All", (string?)personalization["headers"]!["X-Auto-Response-Suppress"]);
        Assert.Equal($"<{sent.MessageId}>", (string?)personalization["headers"]!["Message-ID"]);
        Assert.Empty(await services.Get<OutboxStore>().ListAsync(relatedId: "PIA-2026-0007"));
    }

    [Fact]
    public async Task ARefusalFromSendGridIsRecordedWithItsStatusAndNothingGoesToTheOutbox()
    {
        sendGrid.Given(Request.Create().WithPath("/v3/mail/send").UsingPost())
            .RespondWith(Response.Create().WithStatusCode(400).WithBody("""{"errors":[{"message":"The from address does not match a verified Sender Identity."}]}"""));
        await using var services = await TestServices.CreateAsync(azurite, Settings());

        var refused = await services.Get<MailSends>().SendAsync(
            new OutgoingMail(MailKind.Notification, "refused", [new MailAddress("lyon@pauseia.fr")], "Sujet", "Texte"), "refused@media.pauseia.fr");

        Assert.Equal((MailSendState.Refused, true), (refused.State, refused.NeedsDecision));
        Assert.Contains("400", refused.Error, StringComparison.Ordinal);
        Assert.Contains("verified Sender Identity", refused.Error, StringComparison.Ordinal);
        Assert.Single(sendGrid.LogEntries);
        Assert.Empty(await services.Get<OutboxStore>().ListAsync(relatedId: "refused"));
    }

    public void Dispose() => sendGrid.Stop();

    private Dictionary<string, string?> Settings() => new()
    {
        ["SendGrid:ApiKey"] = "SG.test-key",
        ["SendGrid:BaseUrl"] = sendGrid.Url,
    };
}
