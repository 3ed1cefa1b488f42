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
    public void EveryRequiredSecretIsReadBackSoThatAMissingOneFailsTheDeployment()
    {
        // Otherwise its app setting would hold the literal "@Microsoft.KeyVault(…)" text, which the app could take for a key.
        var template = infra.Template["resources"]!["keyVault"]!["properties"]!["template"]!;
        var required = template["resources"]!["requiredSecret"]!;

        Assert.True((bool)required["existing"]!);
        Assert.Equal("Microsoft.KeyVault/vaults/secrets", (string?)required["type"]);
        Assert.Equal("[length(parameters('requiredSecretNames'))]", (string?)required["copy"]!["count"]);
        Assert.Contains("secret", required["dependsOn"]!.AsArray().Select(d => (string?)d));
        Assert.Equal(
            "[reference(format('requiredSecret[{0}]', copyIndex())).secretUri]",
            (string?)template["outputs"]!["requiredSecretUris"]!["copy"]!["input"]);
    }

    [Fact]
    public void OnlySendGridsKeysMayBeMissingAndOnlyWhileMailStaysInTheOutbox()
    {
        var parameters = infra.Template["resources"]!["keyVault"]!["properties"]!["parameters"]!;
        var given = infra.Template["variables"]!["keyVaultSecretNames"]!.AsArray();

        Assert.Equal("[variables('keyVaultSecretNames')]", (string?)parameters["secretNames"]!["value"]);
        Assert.Equal(6, given.Count);
        Assert.Equal(
            "[filter(variables('keyVaultSecretNames'), lambda('name', or(parameters('deliverMail'), not(contains(variables('sendGridSecretNames'), lambdaVariables('name'))))))]",
            (string?)parameters["requiredSecretNames"]!["value"]);
        Assert.Equal(
            ["[variables('secretNames').sendGridApiKey]", "[variables('secretNames').sendGridEventWebhookPublicKey]"],
            infra.Template["variables"]!["sendGridSecretNames"]!.AsArray().Select(n => (string?)n));
    }
}
