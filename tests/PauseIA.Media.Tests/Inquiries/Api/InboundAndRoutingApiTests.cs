using PauseIA.Media.Functions.Inquiries;
using PauseIA.Media.Inquiries.Api;
using PauseIA.Media.Inquiries.Classification;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Inquiries.Routing;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Inquiries.Api;

public sealed class InboundAndRoutingApiTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task NonInquiryMailIsListedByKindForThePressTeamOnly()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var key = await harness.ReceiveAsync(InboundPosts.Parsed(Samples.Read(Samples.Newsletter)));
        await harness.DrainAsync();
        Task<FunctionResponse> List(string member, string? query = null) => harness.Services.CallAsync<InboundMailFunctions>(member, (f, r) => f.List(r), query: query);

        var bulk = await List(TestSettings.PressOfficer, "?kind=bulk");
        var bounces = await List(TestSettings.PressOfficer, "?kind=bounce");
        var unknownKind = await List(TestSettings.PressOfficer, "?kind=spam");
        var localLead = await List(TestSettings.LyonLead);
        var detail = await harness.Services.CallAsync<InboundMailFunctions>(TestSettings.PressOfficer, (f, r) => f.Detail(r, key));

        var record = Assert.Single(bulk.Value<IReadOnlyList<InboundRecord>>(), r => r.Key == key);
        Assert.Equal(InboundKind.Bulk, record.Kind);
        Assert.Contains("Precedence: bulk", record.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain(bounces.Value<IReadOnlyList<InboundRecord>>(), r => r.Key == key);
        Assert.Equal(400, unknownKind.Status);
        Assert.Equal(403, localLead.Status);
        var view = detail.Value<InboundMailView>();
        Assert.StartsWith("Cette semaine dans la Lettre Tech", view.Text, StringComparison.Ordinal);
        Assert.Contains(view.Headers, h => h.Key == "List-Unsubscribe");
    }

    [Fact]
    public async Task OnlyAnAdminSavesRulesAndBadOrStaleRulesAreRefused()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var current = (await harness.Services.CallAsync<RoutingRulesFunctions>(TestSettings.PressOfficer, (f, r) => f.Get(r))).Value<RoutingRuleSet>();
        RoutingRule[] rules = [new() { Name = "lyon-progres", When = new() { SenderDomains = ["leprogres.fr"] }, AssignTo = TestSettings.LyonLead }, new() { Name = "reste", AssignTo = "spokesperson" }];
        Task<FunctionResponse> Put(string member, object body) => harness.Services.CallAsync<RoutingRulesFunctions>(member, (f, r) => f.Put(r), body, method: "PUT");

        var notAdmin = await Put(TestSettings.Spokesperson, new RoutingRulesUpdate(rules, current.Version));
        var bad = await Put(TestSettings.Admin, new RoutingRulesUpdate([new() { Name = "x", AssignTo = "ghost" }], current.Version));
        var malformed = await Put(TestSettings.Admin, "{\"rules\": [ {");
        var saved = await Put(TestSettings.Admin, new RoutingRulesUpdate(rules, current.Version));
        var stale = await Put(TestSettings.Admin, new RoutingRulesUpdate(rules, current.Version));

        Assert.Equal((403, 400, 400), (notAdmin.Status, bad.Status, malformed.Status));
        Assert.Equal(["lyon-progres", "reste"], saved.Value<RoutingRuleSet>().Rules.Select(r => r.Name));
        Assert.Equal(409, stale.Status);

        var reference = await harness.ProcessAsync(Samples.Unique(Samples.LocalLyon, "rules"));
        var inquiry = (await harness.Store.FindAsync(reference!))!;
        Assert.Equal("lyon-progres", inquiry.RoutingRule);
        Assert.Equal("Domaine : leprogres.fr → responsable local·e Léa Dubois", inquiry.RoutingReason);
    }
}
