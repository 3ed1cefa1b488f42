using PauseIA.Media.Infra.Tests.Bicep;
using PauseIA.Media.Infra.Tests.Code;

namespace PauseIA.Media.Infra.Tests;

[Collection(CompiledInfraCollection.Name)]
public sealed class RoleAssignmentTemplateTests(CompiledInfra infra)
{
    private const string Assignments = "Microsoft.Authorization/roleAssignments";

    [Theory]
    [InlineData(Roles.KeyVaultSecretsUser, "Microsoft.KeyVault/vaults")]
    [InlineData(Roles.StorageBlobDataOwner, "Microsoft.Storage/storageAccounts")]
    [InlineData(Roles.StorageQueueDataContributor, "Microsoft.Storage/storageAccounts")]
    [InlineData(Roles.StorageTableDataContributor, "Microsoft.Storage/storageAccounts")]
    [InlineData(Roles.MonitoringMetricsPublisher, "Microsoft.Insights/components")]
    public void TheAppsIdentityHoldsItsRoleOnThatResourceOnly(string role, string scopeType)
    {
        var identity = infra.Entra.Single(InfraChecks.Identities);
        var assignment = Assert.Single(infra.Entra.OfType(Assignments), a => Role(a) == role);
        var properties = assignment["properties"]!;

        // The principal is the user-assigned identity, known once it exists (before the app).
        Assert.Equal($"[reference('{(string)identity["id"]!}', '2024-11-30').principalId]", (string?)properties["principalId"]);
        Assert.Equal("ServicePrincipal", (string?)properties["principalType"]);
        Assert.StartsWith($"[extensionResourceId('{(string)infra.Entra.Single(scopeType)["id"]!}', '{Assignments}', ", (string?)assignment["id"], StringComparison.Ordinal);
    }

    [Fact]
    public void TheDeployerMayReadTheDataOnlyWhenAsked()
    {
        string[] readers = [Roles.StorageBlobDataReader, Roles.StorageQueueDataReader, Roles.StorageTableDataReader];
        var deployer = infra.Entra.OfType(Assignments).Where(a => (string?)a["properties"]!["principalId"] == DeploymentScenario.DeployerPrincipalId).ToList();

        Assert.Equal(readers.Order(StringComparer.Ordinal), deployer.Select(Role).Order(StringComparer.Ordinal));
        Assert.All(deployer, a => Assert.Null(a["properties"]!["principalType"]));
        Assert.DoesNotContain(infra.OpenIdConnectWithoutMail.OfType(Assignments), a => (string?)a["properties"]!["principalId"] == DeploymentScenario.DeployerPrincipalId);
    }

    [Fact]
    public void NoOtherRoleIsGranted()
    {
        Assert.Equal(8, infra.Entra.OfType(Assignments).Count());
        Assert.Equal(5, infra.OpenIdConnectWithoutMail.OfType(Assignments).Count());
    }

    private static string Role(System.Text.Json.Nodes.JsonObject assignment) =>
        ((string)assignment["properties"]!["roleDefinitionId"]!).Split('/')[^1].TrimEnd(')', ']', '\'');
}
