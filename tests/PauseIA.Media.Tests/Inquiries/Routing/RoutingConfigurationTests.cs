using Microsoft.Extensions.Options;
using PauseIA.Media.Inquiries.Routing;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Inquiries.Routing;

/// <summary>Rules from configuration: this class's Azurite never holds saved rules.</summary>
public sealed class RoutingConfigurationTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task RulesInConfigurationAreBoundAndUsedUntilAnAdminSavesSome()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite, new Dictionary<string, string?>
        {
            ["Routing:Rules:0:Name"] = "progres",
            ["Routing:Rules:0:When:SenderDomains:0"] = "leprogres.fr",
            ["Routing:Rules:0:AssignTo"] = TestSettings.LyonLead,
            ["Routing:Rules:0:Priority"] = "High",
            ["Routing:Rules:1:Name"] = "reste",
            ["Routing:Rules:1:AssignTo"] = "spokesperson",
        });
        var store = harness.Services.Get<RoutingRulesStore>();

        var set = await store.GetAsync(fresh: true);

        Assert.Equal("configuration", set.Source);
        Assert.Equal(["progres", "reste"], set.Rules.Select(r => r.Name));
        Assert.Equal(["leprogres.fr"], set.Rules[0].When.SenderDomains);
        Assert.Equal(PauseIA.Media.Inquiries.InquiryPriority.High, set.Rules[0].Priority);
        Assert.Null(set.Version);
    }

    [Fact]
    public async Task ConfiguredRulesThatRouteNowhereStopTheStartWithTheSettingNamed()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite, new Dictionary<string, string?>
        {
            ["Routing:Rules:0:Name"] = "x",
            ["Routing:Rules:0:AssignTo"] = "nobody@example.org",
        });

        var error = Assert.Throws<OptionsValidationException>(() => harness.Services.Get<IOptions<RoutingOptions>>().Value);

        Assert.Contains("Routing:Rules", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutConfiguredRulesTheDefaultsApply()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);

        var set = await harness.Services.Get<RoutingRulesStore>().GetAsync(fresh: true);

        Assert.Equal("defaults", set.Source);
        Assert.Equal(DefaultRoutingRules.All.Select(r => r.Name), set.Rules.Select(r => r.Name));
    }
}
