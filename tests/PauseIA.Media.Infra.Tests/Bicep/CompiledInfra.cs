using System.Text.Json.Nodes;

namespace PauseIA.Media.Infra.Tests.Bicep;

/// <summary>
/// infra/ compiled once for all the tests: main.bicep to ARM JSON, a snapshot of each <see cref="DeploymentScenario"/>,
/// and a snapshot of a copy of infra/ with <see cref="Mutations"/> applied, which the consistency checks must catch.
/// Nothing is deployed.
/// </summary>
public sealed class CompiledInfra : IAsyncLifetime
{
    /// <summary>An excluded path, a required setting and the app's identity, each taken out of the template.</summary>
    public static readonly IReadOnlyList<TemplateMutation> Mutations =
    [
        new("main.bicep", "  '/api/unsubscribe'\n"),
        new("main.bicep", "  Inbound__Secret: keyVaultReference(names.keyVault, secretNames.inboundSecret)\n"),
        new("modules/functionApp.bicep", "  identity: {\n    type: 'UserAssigned'\n    userAssignedIdentities: { '${identityId}': {} }\n  }\n"),
    ];

    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("pauseia-infra-");

    public static string MainBicep { get; } = Path.Combine(BicepCli.InfraDirectory, "main.bicep");

    public BicepResult MainBuild { get; private set; } = null!;

    /// <summary>The ARM template that main.bicep compiles to.</summary>
    public JsonObject Template { get; private set; } = null!;

    public DeploymentSnapshot Entra { get; private set; } = null!;

    public DeploymentSnapshot OpenIdConnectWithoutMail { get; private set; } = null!;

    /// <summary>The <see cref="DeploymentScenario.Entra"/> deployment of the template with <see cref="Mutations"/> applied.</summary>
    public DeploymentSnapshot Mutated { get; private set; } = null!;

    public IReadOnlyList<DeploymentSnapshot> Scenarios => [Entra, OpenIdConnectWithoutMail];

    /// <summary>What <c>bicep snapshot</c> printed for each scenario, by scenario name.</summary>
    public Dictionary<string, BicepResult> SnapshotRuns { get; } = [];

    public async Task InitializeAsync()
    {
        var build = BicepCli.RunAsync(BicepCli.InfraDirectory, "build", "main.bicep", "--stdout");
        var entra = SnapshotAsync(DeploymentScenario.Entra, MainBicep);
        var openIdConnect = SnapshotAsync(DeploymentScenario.OpenIdConnectWithoutMail, MainBicep);
        var mutated = SnapshotAsync(DeploymentScenario.Entra with { Name = "mutated" }, MutatedCopy());

        MainBuild = await build;
        Template = MainBuild.ExitCode == 0 ? JsonNode.Parse(MainBuild.StandardOutput)!.AsObject() : [];
        Entra = await entra;
        OpenIdConnectWithoutMail = await openIdConnect;
        Mutated = await mutated;
    }

    public Task DisposeAsync()
    {
        work.Delete(recursive: true);
        return Task.CompletedTask;
    }

    private string MutatedCopy()
    {
        var copy = work.CreateSubdirectory("infra-mutated").FullName;
        foreach (var file in Directory.EnumerateFiles(BicepCli.InfraDirectory, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(BicepCli.InfraDirectory, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        foreach (var mutation in Mutations)
        {
            mutation.ApplyTo(copy);
        }

        return Path.Combine(copy, "main.bicep");
    }

    private async Task<DeploymentSnapshot> SnapshotAsync(DeploymentScenario scenario, string mainBicep)
    {
        var directory = work.CreateSubdirectory(scenario.Name).FullName;
        var parameterFile = Path.Combine(directory, "main.bicepparam");
        await File.WriteAllTextAsync(parameterFile, scenario.ParameterFile(mainBicep, directory));

        // Subscription scope, as azd deploys it: the template creates its resource group.
        var result = await BicepCli.RunAsync(
            directory,
            "snapshot", parameterFile,
            "--mode", "overwrite",
            "--subscription-id", DeploymentScenario.SubscriptionId,
            "--tenant-id", DeploymentScenario.TenantId,
            "--location", DeploymentScenario.Location);
        var snapshot = Path.ChangeExtension(parameterFile, ".snapshot.json");
        if (result.ExitCode != 0 || !File.Exists(snapshot))
        {
            throw new InvalidOperationException($"bicep snapshot failed for the {scenario.Name} scenario: {result}");
        }

        lock (SnapshotRuns)
        {
            SnapshotRuns[scenario.Name] = result;
        }

        return new DeploymentSnapshot(scenario.Name, JsonNode.Parse(await File.ReadAllTextAsync(snapshot))!.AsObject());
    }
}
