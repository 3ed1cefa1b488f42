using Microsoft.AspNetCore.Mvc;
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
        var functions = new InboundMailFunctions(harness.Services.Get<InboundQueries>());
        var list = typeof(InboundMailFunctions).GetMethod(nameof(InboundMailFunctions.List))!;

        var bulk = await harness.AsAsync(TestSettings.PressOfficer, InquiryHarness.Request("GET", "/api/inbound", "?kind=bulk"), list, functions.List);
        var bounces = await harness.AsAsync(TestSettings.PressOfficer, InquiryHarness.Request("GET", "/api/inbound", "?kind=bounce"), list, functions.List);
        var unknownKind = await harness.AsAsync(TestSettings.PressOfficer, InquiryHarness.Request("GET", "/api/inbound", "?kind=spam"), list, functions.List);
        var localLead = await harness.AsAsync(TestSettings.LyonLead, InquiryHarness.Request("GET", "/api/inbound"), list, functions.List);
        var detail = await harness.AsAsync(TestSettings.PressOfficer, InquiryHarness.Request("GET", $"/api/inbound/{key}"), typeof(InboundMailFunctions).GetMethod(nameof(InboundMailFunctions.Detail))!, r => functions.Detail(r, key));

        var record = Assert.Single((IReadOnlyList<InboundRecord>)((OkObjectResult)bulk).Value!, r => r.Key == key);
        Assert.Equal(InboundKind.Bulk, record.Kind);
        Assert.Contains("Precedence: bulk", record.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain((IReadOnlyList<InboundRecord>)((OkObjectResult)bounces).Value!, r => r.Key == key);
        Assert.Equal(400, ((ObjectResult)unknownKind).StatusCode);
        Assert.Equal(403, ((ObjectResult)localLead).StatusCode);
        var view = (InboundMailView)((OkObjectResult)detail).Value!;
        Assert.StartsWith("Cette semaine dans la Lettre Tech", view.Text, StringComparison.Ordinal);
        Assert.Contains(view.Headers, h => h.Key == "List-Unsubscribe");
    }

    [Fact]
    public async Task OnlyAnAdminSavesRulesAndBadOrStaleRulesAreRefused()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var functions = new RoutingRulesFunctions(harness.Services.Get<RoutingRulesStore>());
        var get = typeof(RoutingRulesFunctions).GetMethod(nameof(RoutingRulesFunctions.Get))!;
        var put = typeof(RoutingRulesFunctions).GetMethod(nameof(RoutingRulesFunctions.Put))!;
        var current = (RoutingRuleSet)((OkObjectResult)await harness.AsAsync(TestSettings.PressOfficer, InquiryHarness.Request("GET", "/api/routing/rules"), get, functions.Get)).Value!;
        RoutingRule[] rules = [new() { Name = "lyon-progres", When = new() { SenderDomains = ["leprogres.fr"] }, AssignTo = TestSettings.LyonLead }, new() { Name = "reste", AssignTo = "spokesperson" }];

        var notAdmin = await harness.AsAsync(TestSettings.Spokesperson, InquiryHarness.Json("PUT", "/api/routing/rules", new RoutingRulesUpdate(rules, current.Version)), put, functions.Put);
        var bad = await harness.AsAsync(TestSettings.Admin, InquiryHarness.Json("PUT", "/api/routing/rules", new RoutingRulesUpdate([new() { Name = "x", AssignTo = "ghost" }], current.Version)), put, functions.Put);
        var malformed = await harness.AsAsync(TestSettings.Admin, InquiryHarness.Request("PUT", "/api/routing/rules", null, "{\"rules\": [ {"u8.ToArray(), "application/json"), put, functions.Put);
        var saved = await harness.AsAsync(TestSettings.Admin, InquiryHarness.Json("PUT", "/api/routing/rules", new RoutingRulesUpdate(rules, current.Version)), put, functions.Put);
        var stale = await harness.AsAsync(TestSettings.Admin, InquiryHarness.Json("PUT", "/api/routing/rules", new RoutingRulesUpdate(rules, current.Version)), put, functions.Put);

        Assert.Equal(403, ((ObjectResult)notAdmin).StatusCode);
        Assert.Equal(400, ((ObjectResult)bad).StatusCode);
        Assert.Equal(400, ((ObjectResult)malformed).StatusCode);
        Assert.Equal(["lyon-progres", "reste"], ((RoutingRuleSet)((OkObjectResult)saved).Value!).Rules.Select(r => r.Name));
        Assert.Equal(409, ((ObjectResult)stale).StatusCode);

        var reference = await harness.ProcessAsync(Samples.Unique(Samples.LocalLyon, "rules"));
        var inquiry = (await harness.Store.FindAsync(reference!))!;
        Assert.Equal("lyon-progres", inquiry.RoutingRule);
        Assert.Equal("Domaine : leprogres.fr → responsable local·e Léa Dubois", inquiry.RoutingReason);
    }
}
