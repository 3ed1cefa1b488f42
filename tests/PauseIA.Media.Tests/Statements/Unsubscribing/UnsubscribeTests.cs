using Microsoft.Extensions.Options;
using PauseIA.Media.Contacts;
using PauseIA.Media.Functions.Statements;
using PauseIA.Media.Statements;
using PauseIA.Media.Statements.DeliveryEvents;
using PauseIA.Media.Statements.Unsubscribing;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Statements.Unsubscribing;

public sealed class UnsubscribeTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task ATokenReadsBackOnlyWithTheKeyThatSignedIt()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var tokens = host.Get<UnsubscribeTokens>();
        var token = tokens.Create(new UnsubscribeToken("abc123", "J.Dupont@LeMonde.fr"));
        var otherKey = new UnsubscribeTokens(
            Options.Create(new StatementsOptions { UnsubscribeKey = new string('k', 40) }),
            host.Get<IOptions<PauseIA.Media.Email.MailOptions>>());

        Assert.Equal(new UnsubscribeToken("abc123", "j.dupont@lemonde.fr"), tokens.Read(token));
        Assert.Null(otherKey.Read(token));
        Assert.True(token.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("garbage")]
    [InlineData("a.b.c")]
    [InlineData("!!!.???")]
    public async Task AGarbledTokenReadsAsNothing(string? token)
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);

        Assert.Null(host.Get<UnsubscribeTokens>().Read(token));
    }

    [Fact]
    public async Task AForgedTokenIsRefusedWith400AndOptsNobodyOut()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var genuine = host.Get<UnsubscribeTokens>().Create(new UnsubscribeToken("abc123", "victim@example.org"));
        var payload = Convert.ToBase64String("1\nabc123\nother@example.org\n0"u8.ToArray()).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var forged = $"{payload}.{genuine.Split('.')[1]}";

        var get = await host.Services.CallAsync<UnsubscribeFunctions>(null, (f, r) => Task.FromResult(f.Show(r)), query: $"token={forged}");
        var post = await host.Services.CallAsync<UnsubscribeFunctions>(null, (f, r) => f.Confirm(r), body: "List-Unsubscribe=One-Click", query: $"token={forged}", contentType: "application/x-www-form-urlencoded");

        Assert.Equal(400, get.Status);
        Assert.Equal(400, post.Status);
        Assert.Contains("invalid", post.Text, StringComparison.Ordinal);
        Assert.Empty(host.Contacts.OptOuts);
    }

    [Fact]
    public async Task GetOnlyShowsAConfirmationFormWithoutScript()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var token = host.Get<UnsubscribeTokens>().Create(new UnsubscribeToken("abc123", "jeanne.dupont@lemonde.fr"));

        var page = await host.Services.CallAsync<UnsubscribeFunctions>(null, (f, r) => Task.FromResult(f.Show(r)), query: $"token={token}");

        Assert.Equal(200, page.Status);
        Assert.Contains("<form method=\"post\">", page.Text, StringComparison.Ordinal);
        Assert.Contains("name=\"List-Unsubscribe\" value=\"One-Click\"", page.Text, StringComparison.Ordinal);
        Assert.Contains("j******@lemonde.fr", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("jeanne.dupont", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", page.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("style=", page.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(host.Contacts.OptOuts);
    }

    [Fact]
    public async Task OneClickPostOptsOutAtOnceAndCountsOncePerPerson()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var statementId = Guid.NewGuid().ToString("N");
        var token = host.Get<UnsubscribeTokens>().Create(new UnsubscribeToken(statementId, "jeanne.dupont@lemonde.fr"));

        var first = await host.Services.CallAsync<UnsubscribeFunctions>(null, (f, r) => f.Confirm(r), body: "List-Unsubscribe=One-Click", query: $"token={token}", contentType: "application/x-www-form-urlencoded");
        var again = await host.Services.CallAsync<UnsubscribeFunctions>(null, (f, r) => f.Confirm(r), body: "List-Unsubscribe=One-Click", query: $"token={token}", contentType: "application/x-www-form-urlencoded");

        Assert.Equal(200, first.Status);
        Assert.Equal(200, again.Status);
        Assert.Equal(("jeanne.dupont@lemonde.fr", $"unsubscribe-link:{statementId}"), host.Contacts.OptOuts.First());
        Assert.Equal(SuppressionReason.OptedOut, await host.Contacts.SuppressionAsync("jeanne.dupont@lemonde.fr"));
        Assert.Equal(1, (await host.Get<StatementStatsStore>().GetAsync(statementId)).Unsubscribes);
    }

    [Fact]
    public async Task ATestLinkUnsubscribesNobody()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var token = host.Get<UnsubscribeTokens>().Create(new UnsubscribeToken("abc123", "director@pauseai.info", Test: true));

        var post = await host.Services.CallAsync<UnsubscribeFunctions>(null, (f, r) => f.Confirm(r), query: $"token={token}");

        Assert.Equal(200, post.Status);
        Assert.Contains("unsubscribes nobody", post.Text, StringComparison.Ordinal);
        Assert.Empty(host.Contacts.OptOuts);
    }

    [Theory]
    [InlineData(null, "Statements:UnsubscribeKey is missing")]
    [InlineData("too-short", "at least 32 characters")]
    public async Task AMissingOrWeakKeyStopsTheStartNamingTheSetting(string? key, string message)
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite, new Dictionary<string, string?> { ["Statements:UnsubscribeKey"] = key });

        var failure = Assert.Throws<OptionsValidationException>(() => host.Get<IOptions<StatementsOptions>>().Value);

        Assert.Contains(message, failure.Message, StringComparison.Ordinal);
    }
}
