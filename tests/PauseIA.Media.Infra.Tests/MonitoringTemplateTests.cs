using System.Diagnostics.Metrics;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Infra.Tests.Bicep;
using PauseIA.Media.Telemetry;

namespace PauseIA.Media.Infra.Tests;

[Collection(CompiledInfraCollection.Name)]
public sealed partial class MonitoringTemplateTests(CompiledInfra infra)
{
    private const string Rules = "Microsoft.Insights/scheduledQueryRules";

    [Fact]
    public void ApplicationInsightsWritesToTheWorkspaceAndRefusesLocalAuthentication()
    {
        var workspace = infra.Entra.Single("Microsoft.OperationalInsights/workspaces");
        var appInsights = infra.Entra.Properties("Microsoft.Insights/components");

        Assert.Equal((string?)workspace["id"], (string?)appInsights["WorkspaceResourceId"]);
        Assert.Equal("LogAnalytics", (string?)appInsights["IngestionMode"]);
        Assert.True((bool)appInsights["DisableLocalAuth"]!);
    }

    [Fact]
    public void LogsAreKeptBrieflyAndIngestionIsCapped()
    {
        var workspace = infra.Entra.Properties("Microsoft.OperationalInsights/workspaces");

        Assert.Equal(30, (int)workspace["retentionInDays"]!);
        Assert.Equal(1, (int)workspace["workspaceCapping"]!["dailyQuotaGb"]!);
    }

    [Fact]
    public void EveryAlertMailsEachAdminOfTheCommaSeparatedList()
    {
        var group = infra.Entra.Single("Microsoft.Insights/actionGroups");

        Assert.Equal(["admin@pauseia.example", "ops@pauseia.example"], group["properties"]!["emailReceivers"]!.AsArray().Select(r => (string?)r!["emailAddress"]));
        Assert.All(infra.Entra.OfType(Rules), rule =>
        {
            var properties = rule["properties"]!;
            Assert.Equal((string?)group["id"], (string?)properties["actions"]!["actionGroups"]![0]);
            Assert.Equal((string?)infra.Entra.Single("Microsoft.Insights/components")["id"], (string?)properties["scopes"]![0]);
            Assert.Equal(0, (int)properties["criteria"]!["allOf"]![0]!["threshold"]!);
        });
    }

    [Fact]
    public void ServerErrorsPoisonMessagesRefusedMailBatchesToDecideAndSlowAcknowledgementsAreAlerted()
    {
        Assert.Contains("toint(resultCode) >= 500", Query("failures"), StringComparison.Ordinal);
        Assert.Contains("exceptions", Query("failures"), StringComparison.Ordinal);
        Assert.Contains("'pauseia.queue.poison.messages'", Query("poison"), StringComparison.Ordinal);
        Assert.Contains("'pauseia.mail.refused'", Query("mail-refused"), StringComparison.Ordinal);
        Assert.Contains("outcome in ('failed', 'unknown')", Query("batch-decision"), StringComparison.Ordinal);
        Assert.Contains("slowest > 300", Query("slow-acknowledgements"), StringComparison.Ordinal);

        // A poison message waits for an Admin: one mail when it appears, resolved when the queue is empty.
        Assert.True((bool)Rule("poison")["autoMitigate"]!);
    }

    [Fact]
    public void TheAlertsQueryOnlyMetricsAndTagsTheServiceRecords()
    {
        using var services = new ServiceCollection().AddMetrics().AddSingleton<PressOfficeMetrics>().BuildServiceProvider();
        var instruments = new List<string>();
        using var listener = new MeterListener
        {
            InstrumentPublished = (instrument, _) =>
            {
                if (instrument.Meter.Name == PressOfficeMetrics.MeterName)
                {
                    instruments.Add(instrument.Name);
                }
            },
        };
        listener.Start();
        services.GetRequiredService<PressOfficeMetrics>();

        var queried = infra.Entra.OfType(Rules).SelectMany(r => MetricName().Matches((string)r["properties"]!["criteria"]!["allOf"]![0]!["query"]!)).Select(m => m.Groups[1].Value).ToList();

        Assert.Equal(4, queried.Count);
        Assert.All(queried, name => Assert.Contains(name, instruments));
    }

    private string Query(string alert) => (string)Rule(alert)["criteria"]!["allOf"]![0]!["query"]!;

    private System.Text.Json.Nodes.JsonObject Rule(string alert) => infra.Entra.Properties(Rules, $"-{alert}");

    [GeneratedRegex(@"name == '(pauseia\.[a-z._]+)'")]
    private static partial Regex MetricName();
}
