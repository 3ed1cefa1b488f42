using PauseIA.Media.Infra.Tests.Bicep;

namespace PauseIA.Media.Infra.Tests;

[Collection(CompiledInfraCollection.Name)]
public sealed class MonitoringTemplateTests(CompiledInfra infra)
{
    [Fact]
    public void ApplicationInsightsWritesToTheWorkspace()
    {
        var workspace = infra.Entra.Single("Microsoft.OperationalInsights/workspaces");
        var appInsights = infra.Entra.Properties("Microsoft.Insights/components");

        Assert.Equal((string?)workspace["id"], (string?)appInsights["WorkspaceResourceId"]);
        Assert.Equal("LogAnalytics", (string?)appInsights["IngestionMode"]);
    }

    [Fact]
    public void LogsAreKeptBrieflyAndIngestionIsCapped()
    {
        var workspace = infra.Entra.Properties("Microsoft.OperationalInsights/workspaces");

        Assert.Equal(30, (int)workspace["retentionInDays"]!);
        Assert.Equal(1, (int)workspace["workspaceCapping"]!["dailyQuotaGb"]!);
    }

    [Fact]
    public void ServerErrorsAndPoisonMessagesAreMailedToTheAdmins()
    {
        var group = infra.Entra.Single("Microsoft.Insights/actionGroups");
        var alert = infra.Entra.Properties("Microsoft.Insights/scheduledQueryRules");
        var query = (string)alert["criteria"]!["allOf"]![0]!["query"]!;

        Assert.Equal("admin@pauseia.example", (string?)group["properties"]!["emailReceivers"]![0]!["emailAddress"]);
        Assert.Equal((string?)group["id"], (string?)alert["actions"]!["actionGroups"]![0]);
        Assert.Equal((string?)infra.Entra.Single("Microsoft.Insights/components")["id"], (string?)alert["scopes"]![0]);
        Assert.Contains("toint(resultCode) >= 500", query, StringComparison.Ordinal);
        Assert.Contains("exceptions", query, StringComparison.Ordinal);
        Assert.Contains("poison", query, StringComparison.Ordinal);
        Assert.Equal(0, (int)alert["criteria"]!["allOf"]![0]!["threshold"]!);
    }

    [Fact]
    public void WithoutAdminAddressesNoAlertIsCreated()
    {
        Assert.Empty(infra.OpenIdConnectWithoutMail.OfType("Microsoft.Insights/actionGroups"));
        Assert.Empty(infra.OpenIdConnectWithoutMail.OfType("Microsoft.Insights/scheduledQueryRules"));
    }
}
