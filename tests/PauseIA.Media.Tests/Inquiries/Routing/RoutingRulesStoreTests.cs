using Microsoft.Extensions.Options;
using PauseIA.Media.Common;
using PauseIA.Media.Inquiries.Routing;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Inquiries.Routing;

/// <summary>The tests share one Azurite: only one of them saves rules.</summary>
public sealed class RoutingRulesStoreTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task SavingReplacesTheRulesKeepsHistoryAndRefusesAStaleVersion()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var store = harness.Services.Get<RoutingRulesStore>();
        var before = await store.GetAsync(fresh: true);
        IReadOnlyList<RoutingRule> rules = [new() { Name = "tout", AssignTo = "pressOfficer" }];

        var saved = await store.SaveAsync(rules, before.Version, TestSettings.Admin);
        var stale = await Assert.ThrowsAsync<DomainException>(() => store.SaveAsync(DefaultRoutingRules.All, before.Version, TestSettings.Admin));

        Assert.Equal("storage", saved.Source);
        Assert.Equal(["tout"], saved.Rules.Select(r => r.Name));
        Assert.Equal(TestSettings.Admin, saved.UpdatedBy);
        Assert.NotNull(saved.Version);
        Assert.Equal(DomainErrorKind.Conflict, stale.Kind);
        Assert.Equal(["tout"], (await store.GetAsync(fresh: true)).Rules.Select(r => r.Name));
    }

    [Fact]
    public async Task BadRulesAreRefusedWithEveryProblemAndChangeNothing()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var store = harness.Services.Get<RoutingRulesStore>();
        var before = await store.GetAsync(fresh: true);

        var error = await Assert.ThrowsAsync<DomainException>(() => store.SaveAsync(
            [new RoutingRule { Name = "", AssignTo = "nobody@example.org" }, new RoutingRule { Name = "x", When = new() { Languages = ["es"] }, AssignTo = "spokesperson" }],
            before.Version,
            TestSettings.Admin));

        Assert.Equal(DomainErrorKind.BadRequest, error.Kind);
        Assert.Contains("Règle 1", error.Message, StringComparison.Ordinal);
        Assert.Contains("Règle 2", error.Message, StringComparison.Ordinal);
        Assert.Equal(before.Rules.Select(r => r.Name), (await store.GetAsync(fresh: true)).Rules.Select(r => r.Name));
    }
}
