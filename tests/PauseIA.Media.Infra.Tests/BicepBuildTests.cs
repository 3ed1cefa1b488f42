using System.Text.Json.Nodes;
using PauseIA.Media.Infra.Tests.Bicep;

namespace PauseIA.Media.Infra.Tests;

[Collection(CompiledInfraCollection.Name)]
public sealed class BicepBuildTests(CompiledInfra infra)
{
    [Fact]
    public void MainTemplateCompilesWithoutAnyWarning() =>
        Assert.True(infra.MainBuild.IsClean, infra.MainBuild.ToString());

    [Fact]
    public void EveryScenarioIsEvaluatedWithoutDiagnostics()
    {
        Assert.Equal(3, infra.SnapshotRuns.Count);
        foreach (var (scenario, run) in infra.SnapshotRuns.Where(r => r.Key != infra.Mutated.Name))
        {
            // Bicep says on standard output what it could not evaluate (a nested deployment left unexpanded…).
            Assert.True(run.ExitCode == 0 && string.IsNullOrWhiteSpace(run.StandardOutput + run.StandardError), $"{scenario}: {run}");
        }

        Assert.Empty(infra.Entra.Diagnostics);
        Assert.Empty(infra.OpenIdConnectWithoutMail.Diagnostics);
    }

    [Fact]
    public async Task LinterFindingsFailTheBuild()
    {
        var directory = Directory.CreateTempSubdirectory("pauseia-lint-");
        try
        {
            File.Copy(Path.Combine(BicepCli.InfraDirectory, "bicepconfig.json"), Path.Combine(directory.FullName, "bicepconfig.json"));
            await File.WriteAllTextAsync(Path.Combine(directory.FullName, "unused.bicep"), "param forgotten string\n");

            var result = await BicepCli.RunAsync(directory.FullName, "build", "unused.bicep", "--stdout");

            Assert.NotEqual(0, result.ExitCode);
            Assert.Contains("Error no-unused-params", result.StandardError, StringComparison.Ordinal);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    [Fact]
    public void LinterRulesThatGuardSecretsAreErrors()
    {
        var config = JsonNode.Parse(File.ReadAllText(Path.Combine(BicepCli.InfraDirectory, "bicepconfig.json")))!;
        var rules = config["analyzers"]!["core"]!["rules"]!.AsObject();

        foreach (var rule in new[]
        {
            "outputs-should-not-contain-secrets", "secure-secrets-in-params", "secure-parameter-default",
            "use-secure-value-for-secure-inputs", "secure-params-in-nested-deploy", "no-hardcoded-env-urls",
        })
        {
            Assert.Equal("error", (string?)rules[rule]?["level"]);
        }
    }

    [Fact]
    public void NoModuleComesFromARegistry()
    {
        // Registry modules (br:, br/public:, ts:) cannot be restored offline.
        foreach (var file in Directory.EnumerateFiles(BicepCli.InfraDirectory, "*.bicep*", SearchOption.AllDirectories))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("'br:", text, StringComparison.Ordinal);
            Assert.DoesNotContain("'br/", text, StringComparison.Ordinal);
            Assert.DoesNotContain("'ts:", text, StringComparison.Ordinal);
            Assert.DoesNotContain("'ts/", text, StringComparison.Ordinal);
        }
    }
}
