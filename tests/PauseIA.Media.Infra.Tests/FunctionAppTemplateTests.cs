using PauseIA.Media.Infra.Tests.Bicep;
using PauseIA.Media.Infra.Tests.Code;

namespace PauseIA.Media.Infra.Tests;

[Collection(CompiledInfraCollection.Name)]
public sealed class FunctionAppTemplateTests(CompiledInfra infra)
{
    private const string Sites = "Microsoft.Web/sites";

    [Fact]
    public void SiteRunsOnAFlexConsumptionPlan()
    {
        var plan = infra.Entra.Single("Microsoft.Web/serverfarms");
        var site = infra.Entra.Single(Sites);

        Assert.Equal("FC1", (string?)plan["sku"]!["name"]);
        Assert.Equal("FlexConsumption", (string?)plan["sku"]!["tier"]);
        Assert.True((bool)plan["properties"]!["reserved"]!);
        Assert.Equal("functionapp,linux", (string?)site["kind"]);
        Assert.Equal((string?)plan["id"], (string?)site["properties"]!["serverFarmId"]);
    }

    [Fact]
    public void SiteRunsTheIsolatedWorkerOnDotnetTen()
    {
        var runtime = infra.Entra.Properties(Sites)["functionAppConfig"]!["runtime"]!;

        Assert.Equal("dotnet-isolated", (string?)runtime["name"]);
        Assert.Equal("10.0", (string?)runtime["version"]);
    }

    [Fact]
    public void PackageIsReadFromItsBlobContainerWithTheAppsOwnIdentity()
    {
        var storage = infra.Entra.Properties(Sites)["functionAppConfig"]!["deployment"]!["storage"]!;
        var container = infra.Entra.Single("Microsoft.Storage/storageAccounts/blobServices/containers", "/app-package");

        Assert.Equal("blobContainer", (string?)storage["type"]);
        Assert.Equal("UserAssignedIdentity", (string?)storage["authentication"]!["type"]);
        Assert.Equal((string?)infra.Entra.Single(InfraChecks.Identities)["id"], (string?)storage["authentication"]!["userAssignedIdentityResourceId"]);
        Assert.Contains("'app-package'", (string?)storage["value"], StringComparison.Ordinal);
        Assert.Equal("None", (string?)container["properties"]!["publicAccess"]);
    }

    [Fact]
    public void ScaleOutIsBoundedByDefault()
    {
        var scale = infra.Entra.Properties(Sites)["functionAppConfig"]!["scaleAndConcurrency"]!;

        Assert.Equal(10, (int)scale["maximumInstanceCount"]!);
        Assert.Equal(2048, (int)scale["instanceMemoryMB"]!);
    }

    [Fact]
    public void SiteAnswersOnlyOverHttpsWithTlsOneTwo()
    {
        var properties = infra.Entra.Properties(Sites);

        Assert.True((bool)properties["httpsOnly"]!);
        Assert.Equal("1.2", (string?)properties["siteConfig"]!["minTlsVersion"]);
        Assert.Equal("1.2", (string?)properties["siteConfig"]!["scmMinTlsVersion"]);
    }

    [Fact]
    public void FtpAndPublishingPasswordsAreOff()
    {
        Assert.Equal("Disabled", (string?)infra.Entra.Properties(Sites)["siteConfig"]!["ftpsState"]);
        foreach (var kind in new[] { "/ftp", "/scm" })
        {
            Assert.False((bool)infra.Entra.Properties("Microsoft.Web/sites/basicPublishingCredentialsPolicies", kind)["allow"]!);
        }
    }

    [Fact]
    public void SiteRunsAsItsUserAssignedIdentityOnly()
    {
        var identity = infra.Entra.Single(Sites)["identity"]!;

        Assert.Equal("UserAssigned", (string?)identity["type"]);
        Assert.Equal([(string)infra.Entra.Single(InfraChecks.Identities)["id"]!], identity["userAssignedIdentities"]!.AsObject().Select(i => i.Key));
        Assert.Equal($"id-{DeploymentScenario.AppName}", (string?)infra.Entra.Single(InfraChecks.Identities)["name"]);
    }

    [Fact]
    public void SiteIsNamedAfterTheAppNameParameter() =>
        Assert.Equal(DeploymentScenario.AppName, (string?)infra.Entra.Single(Sites)["name"]);
}
