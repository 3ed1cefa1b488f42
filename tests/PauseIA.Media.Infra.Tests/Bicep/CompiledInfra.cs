using System.Text.Json.Nodes;

namespace PauseIA.Media.Infra.Tests.Bicep;

/// <summary>
/// infra/ compiled once for all the tests: main.bicep to ARM JSON, main.bicepparam, and a
/// snapshot of each <see cref="DeploymentScenario"/>. Nothing is deployed.
/// </summary>
public sealed class CompiledInfra : IAsyncLifetime
{
    private readonly DirectoryInfo work = Directory.CreateTempSubdirectory("pauseia-infra-");

    public static string MainBicep { get; } = Path.Combine(BicepCli.InfraDirectory, "main.bicep");

    public BicepResult MainBuild { get; private set; } = null!;

    public BicepResult ParameterFileBuild { get; private set; } = null!;

    /// <summary>The ARM template that main.bicep compiles to.</summary>
    public JsonObject Template { get; private set; } = null!;

    public DeploymentSnapshot Entra { get; private set; } = null!;

    public DeploymentSnapshot OpenIdConnectWithoutMail { get; private set; } = null!;

    /// <summary>What <c>bicep snapshot</c> printed for each scenario, by scenario name.</summary>
    public Dictionary<string, BicepResult> SnapshotRuns { get; } = [];

    public async Task InitializeAsync()
    {
        var build = BicepCli.RunAsync(BicepCli.InfraDirectory, "build", "main.bicep", "--stdout");
        var parameters = BicepCli.RunAsync(BicepCli.InfraDirectory, "build-params", "main.bicepparam", "--stdout");
        var entra = SnapshotAsync(DeploymentScenario.Entra);
        var openIdConnect = SnapshotAsync(DeploymentScenario.OpenIdConnectWithoutMail);

        MainBuild = await build;
        ParameterFileBuild = await parameters;
        Template = MainBuild.ExitCode == 0 ? JsonNode.Parse(MainBuild.StandardOutput)!.AsObject() : [];
        Entra = await entra;
        OpenIdConnectWithoutMail = await openIdConnect;
    }

    public Task DisposeAsync()
    {
        work.Delete(recursive: true);
        return Task.CompletedTask;
    }

    private async Task<DeploymentSnapshot> SnapshotAsync(DeploymentScenario scenario)
    {
        var directory = work.CreateSubdirectory(scenario.Name).FullName;
        var parameterFile = Path.Combine(directory, "main.bicepparam");
        await File.WriteAllTextAsync(parameterFile, scenario.ParameterFile(MainBicep, directory));

        var result = await BicepCli.RunAsync(
            directory,
            "snapshot", parameterFile,
            "--mode", "overwrite",
            "--subscription-id", DeploymentScenario.SubscriptionId,
            "--tenant-id", DeploymentScenario.TenantId,
            "--resource-group", DeploymentScenario.ResourceGroup,
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

        return new DeploymentSnapshot(JsonNode.Parse(await File.ReadAllTextAsync(snapshot))!.AsObject());
    }
}
