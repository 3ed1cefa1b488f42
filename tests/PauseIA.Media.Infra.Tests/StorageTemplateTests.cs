using System.Text.Json.Nodes;
using PauseIA.Media.Infra.Tests.Bicep;

namespace PauseIA.Media.Infra.Tests;

[Collection(CompiledInfraCollection.Name)]
public sealed class StorageTemplateTests(CompiledInfra infra)
{
    private const string Accounts = "Microsoft.Storage/storageAccounts";

    [Fact]
    public void AccountForbidsPublicBlobsAndPlainHttp()
    {
        var account = infra.Entra.Single(Accounts);
        var properties = account["properties"]!;

        Assert.Equal("StorageV2", (string?)account["kind"]);
        Assert.False((bool)properties["allowBlobPublicAccess"]!);
        Assert.True((bool)properties["supportsHttpsTrafficOnly"]!);
        Assert.Equal("TLS1_2", (string?)properties["minimumTlsVersion"]);
        Assert.False((bool)properties["allowCrossTenantReplication"]!);
    }

    [Fact]
    public void SharedKeyIsOffSoOnlyMicrosoftEntraIdentitiesReachTheData()
    {
        var properties = infra.Entra.Properties(Accounts);

        Assert.False((bool)properties["allowSharedKeyAccess"]!);
        Assert.True((bool)properties["defaultToOAuthAuthentication"]!);
    }

    [Fact]
    public void AccountIsZoneRedundantByDefault() =>
        Assert.Equal("Standard_ZRS", (string?)infra.Entra.Single(Accounts)["sku"]!["name"]);

    [Fact]
    public void BlobVersioningAndSoftDeleteAreOn()
    {
        var blobs = infra.Entra.Properties("Microsoft.Storage/storageAccounts/blobServices", "/default");

        Assert.True((bool)blobs["isVersioningEnabled"]!);
        Assert.True((bool)blobs["deleteRetentionPolicy"]!["enabled"]!);
        Assert.Equal(30, (int)blobs["deleteRetentionPolicy"]!["days"]!);
        Assert.False((bool)blobs["deleteRetentionPolicy"]!["allowPermanentDelete"]!);
        Assert.True((bool)blobs["containerDeleteRetentionPolicy"]!["enabled"]!);
        Assert.Equal(30, (int)blobs["containerDeleteRetentionPolicy"]!["days"]!);
    }

    [Fact]
    public void PreviousVersionsExpireAfterTheRecoveryWindowSoErasureCompletes()
    {
        var rule = Rule("expire-previous-versions");

        Assert.True((bool)rule["enabled"]!);
        Assert.Null(rule["definition"]!["filters"]!["prefixMatch"]);
        Assert.Equal(30, (int)rule["definition"]!["actions"]!["version"]!["delete"]!["daysAfterCreationGreaterThan"]!);
        Assert.Null(rule["definition"]!["actions"]!["baseBlob"]);
    }

    [Fact]
    public void TheOnlyContainerTheTemplateCreatesIsTheDeploymentPackages() =>
        Assert.Equal(["app-package"], infra.Entra.OfType("Microsoft.Storage/storageAccounts/blobServices/containers").Select(c => ((string)c["name"]!).Split('/')[^1]));

    private JsonNode Rule(string name) =>
        Assert.Single(
            infra.Entra.Properties("Microsoft.Storage/storageAccounts/managementPolicies", "/default")["policy"]!["rules"]!.AsArray(),
            r => (string?)r!["name"] == name)!;
}
