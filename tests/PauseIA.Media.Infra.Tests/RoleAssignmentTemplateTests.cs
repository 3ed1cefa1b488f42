using PauseIA.Media.Infra.Tests.Bicep;

namespace PauseIA.Media.Infra.Tests;

[Collection(CompiledInfraCollection.Name)]
public sealed class RoleAssignmentTemplateTests(CompiledInfra infra)
{
    private const string KeyVaultSecretsUser = "4633458b-17de-408a-b874-0445c86b69e6";
    private const string StorageBlobDataOwner = "b7e6dc6d-f1e8-4753-8033-0f276bb0955b";
    private const string StorageQueueDataContributor = "974c5e8b-45b9-4653-ba55-5f855dd0fb88";
    private const string StorageTableDataContributor = "0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3";

    private const string ResourceGroupId = $"/subscriptions/{DeploymentScenario.SubscriptionId}/resourceGroups/{DeploymentScenario.ResourceGroup}";

    [Fact]
    public void AppIdentityMayReadTheVaultsSecrets()
    {
        var vault = (string)infra.Entra.Single("Microsoft.KeyVault/vaults")["id"]!;

        AssertGranted(KeyVaultSecretsUser, vault);
    }

    [Theory]
    [InlineData(StorageBlobDataOwner)]
    [InlineData(StorageQueueDataContributor)]
    [InlineData(StorageTableDataContributor)]
    public void AppIdentityHasItsDataRoleOnTheStorageAccount(string role)
    {
        var account = (string)infra.Entra.Single("Microsoft.Storage/storageAccounts")["id"]!;

        AssertGranted(role, account);
    }

    [Fact]
    public void NoOtherRoleIsGranted() =>
        Assert.Equal(4, infra.Entra.OfType("Microsoft.Authorization/roleAssignments").Count());

    private void AssertGranted(string role, string scope)
    {
        var assignment = Assert.Single(
            infra.Entra.OfType("Microsoft.Authorization/roleAssignments"),
            a => ((string?)a["properties"]!["roleDefinitionId"])?.EndsWith($"/roleDefinitions/{role}", StringComparison.Ordinal) == true);
        var properties = assignment["properties"]!;

        // The principal is the function app's system-assigned identity, known once the site exists.
        Assert.Equal($"[reference('{ResourceGroupId}/providers/Microsoft.Web/sites/{DeploymentScenario.AppName}', '2024-11-01', 'full').identity.principalId]", (string?)properties["principalId"]);
        Assert.Equal("ServicePrincipal", (string?)properties["principalType"]);
        Assert.StartsWith($"[extensionResourceId('{scope}', 'Microsoft.Authorization/roleAssignments', ", (string?)assignment["id"], StringComparison.Ordinal);
    }
}
