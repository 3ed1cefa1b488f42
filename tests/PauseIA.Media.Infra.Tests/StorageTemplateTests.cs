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
    public void SharedKeyStaysOnBecauseTheAppConnectsWithAConnectionString()
    {
        Assert.True((bool)infra.Entra.Properties(Accounts)["allowSharedKeyAccess"]!);
        KeyVaultReference.Parse("AzureWebJobsStorage", infra.Entra.AppSettings["AzureWebJobsStorage"]);
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
    public void OldTokenVersionsAreNotKept()
    {
        var rule = Rule("expire-previous-token-versions");

        Assert.Equal(["easyauth-tokens/"], rule["definition"]!["filters"]!["prefixMatch"]!.AsArray().Select(p => (string?)p));
        Assert.Equal(1, (int)rule["definition"]!["actions"]!["version"]!["delete"]!["daysAfterCreationGreaterThan"]!);
        Assert.Null(rule["definition"]!["actions"]!["baseBlob"]);
    }

    [Fact]
    public void ConnectionStringAndTokenStoreSasAreWrittenToKeyVault()
    {
        var account = (string)infra.Entra.Single(Accounts)["name"]!;
        var connection = (string)infra.Entra.Properties("Microsoft.KeyVault/vaults/secrets", "/storage-connection-string")["value"]!;
        var tokenStore = (string)infra.Entra.Properties("Microsoft.KeyVault/vaults/secrets", "/easyauth-token-store-sas-url")["value"]!;

        Assert.StartsWith("[format('DefaultEndpointsProtocol=https;AccountName={0};AccountKey={1};EndpointSuffix={2}', ", connection, StringComparison.Ordinal);
        Assert.Contains($"listKeys('/subscriptions/{DeploymentScenario.SubscriptionId}/resourceGroups/{DeploymentScenario.ResourceGroup}/providers/Microsoft.Storage/storageAccounts/{account}'", connection, StringComparison.Ordinal);
        Assert.Contains($"'canonicalizedResource', '/blob/{account}/easyauth-tokens', 'signedResource', 'c', 'signedPermission', 'rwdl', 'signedProtocol', 'https'", tokenStore, StringComparison.Ordinal);
    }

    private JsonNode Rule(string name) =>
        Assert.Single(
            infra.Entra.Properties("Microsoft.Storage/storageAccounts/managementPolicies", "/default")["policy"]!["rules"]!.AsArray(),
            r => (string?)r!["name"] == name)!;
}
