using PauseIA.Media.Infra.Tests.Bicep;

namespace PauseIA.Media.Infra.Tests.Code;

/// <summary>
/// The checks that hold a deployment to the code, each answering what is wrong (empty: nothing). The tests run them
/// on every scenario, and on the mutated template to show that each one catches what it is for.
/// </summary>
public static class InfraChecks
{
    public const string Identities = "Microsoft.ManagedIdentity/userAssignedIdentities";

    /// <summary>Easy Auth's excluded paths against the routes of the public HTTP functions.</summary>
    public static IReadOnlyList<string> ExcludedPathProblems(DeploymentSnapshot snapshot)
    {
        var excluded = snapshot.Properties("Microsoft.Web/sites/config", "/authsettingsV2")["globalValidation"]!["excludedPaths"]!
            .AsArray().Select(p => (string)p!).ToList();
        var routes = PublicRoutes.EasyAuthPaths();
        return
        [
            .. routes.Except(excluded, StringComparer.Ordinal).Select(p => $"{p} is a [PublicEndpoint] route, but Easy Auth asks for a sign-in there."),
            .. excluded.Except(routes, StringComparer.Ordinal).Select(p => $"{p} is excluded from sign-in, but no [PublicEndpoint] HTTP function has this route."),
        ];
    }

    /// <summary>What would stop the app's start with the settings the template writes.</summary>
    public static IReadOnlyList<string> StartupProblems(DeploymentSnapshot snapshot) =>
        AppStartup.Problems(DeploymentValues.Resolve(snapshot.AppSettings));

    /// <summary>
    /// The app runs as its user-assigned identity, and every way in signs in with it: Key Vault references, the
    /// deployment package, storage (host and app), telemetry; and that identity holds the roles for each.
    /// </summary>
    public static IReadOnlyList<string> IdentityProblems(DeploymentSnapshot snapshot)
    {
        var problems = new List<string>();
        var identity = snapshot.OfType(Identities).SingleOrDefault();
        if (identity is null)
        {
            return ["No user-assigned identity is created."];
        }

        var id = (string)identity["id"]!;
        var reference = $"reference('{id}', '{(string)identity["apiVersion"]!}')";
        var site = snapshot.Single("Microsoft.Web/sites");
        var properties = site["properties"]!;
        void Expect(bool condition, string problem)
        {
            if (!condition)
            {
                problems.Add(problem);
            }
        }

        Expect((string?)site["identity"]?["type"] == "UserAssigned" && site["identity"]?["userAssignedIdentities"]?[id] is not null, "The site does not run as the user-assigned identity.");
        Expect((string?)properties["keyVaultReferenceIdentity"] == id, "Key Vault references do not resolve with the user-assigned identity.");
        var package = properties["functionAppConfig"]?["deployment"]?["storage"]?["authentication"];
        Expect((string?)package?["type"] == "UserAssignedIdentity" && (string?)package?["userAssignedIdentityResourceId"] == id, "The deployment package is not read with the user-assigned identity.");

        var settings = snapshot.AppSettings;
        Expect(settings.GetValueOrDefault("AzureWebJobsStorage__credential") == "managedidentity", "AzureWebJobsStorage__credential is not managedidentity.");
        Expect(settings.GetValueOrDefault("AzureWebJobsStorage__clientId") == $"[{reference}.clientId]", "AzureWebJobsStorage__clientId is not the identity's client id.");
        Expect(settings.GetValueOrDefault("APPLICATIONINSIGHTS_AUTHENTICATION_STRING") == $"[format('Authorization=AAD;ClientId={{0}}', {reference}.clientId)]", "Telemetry does not sign in with the identity.");

        var principal = $"[{reference}.principalId]";
        foreach (var (role, scopeType) in new[]
        {
            (Roles.StorageBlobDataOwner, "Microsoft.Storage/storageAccounts"),
            (Roles.StorageQueueDataContributor, "Microsoft.Storage/storageAccounts"),
            (Roles.StorageTableDataContributor, "Microsoft.Storage/storageAccounts"),
            (Roles.KeyVaultSecretsUser, "Microsoft.KeyVault/vaults"),
            (Roles.MonitoringMetricsPublisher, "Microsoft.Insights/components"),
        })
        {
            var scope = (string)snapshot.Single(scopeType)["id"]!;
            Expect(
                snapshot.OfType("Microsoft.Authorization/roleAssignments").Any(a =>
                    (string?)a["properties"]!["principalId"] == principal
                    && ((string?)a["properties"]!["roleDefinitionId"])?.EndsWith($"/roleDefinitions/{role}", StringComparison.Ordinal) == true
                    && ((string?)a["id"])?.StartsWith($"[extensionResourceId('{scope}', ", StringComparison.Ordinal) == true),
                $"The identity lacks role {role} on {scope}.");
        }

        return problems;
    }
}
