using PauseIA.Media.Infra.Tests.Bicep;

namespace PauseIA.Media.Infra.Tests;

[Collection(CompiledInfraCollection.Name)]
public sealed class KeyVaultTemplateTests(CompiledInfra infra)
{
    [Fact]
    public void VaultUsesRbacAndKeepsDeletedSecretsRecoverable()
    {
        var properties = infra.Entra.Properties("Microsoft.KeyVault/vaults");

        Assert.True((bool)properties["enableRbacAuthorization"]!);
        Assert.True((bool)properties["enableSoftDelete"]!);
        Assert.True((bool)properties["enablePurgeProtection"]!);
        Assert.Equal(90, (int)properties["softDeleteRetentionInDays"]!);
        Assert.Null(properties["accessPolicies"]);
        Assert.Equal(DeploymentScenario.TenantId, (string?)properties["tenantId"]);
    }

    [Theory]
    [InlineData("sign-in-client-secret")]
    [InlineData("sendgrid-api-key")]
    [InlineData("sendgrid-event-webhook-public-key")]
    [InlineData("inbound-webhook-secret")]
    [InlineData("statements-unsubscribe-key")]
    [InlineData("contacts-suppression-key")]
    public void GivenSecretIsWrittenAndAnEmptyOneLeavesTheVaultAsItIs(string name)
    {
        var secret = infra.Entra.Single("Microsoft.KeyVault/vaults/secrets", $"/{name}");

        Assert.Equal($"[not(empty(parameters('secretValues')['{name}']))]", (string?)secret["condition"]);
        Assert.Equal($"[parameters('secretValues')['{name}']]", (string?)secret["properties"]!["value"]);
    }

    [Fact]
    public void SecretsDerivedFromStorageAreRewrittenOnEveryDeployment()
    {
        foreach (var name in new[] { "/storage-connection-string", "/easyauth-token-store-sas-url" })
        {
            Assert.Null(infra.Entra.Single("Microsoft.KeyVault/vaults/secrets", name)["condition"]);
        }
    }
}
