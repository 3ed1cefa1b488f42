using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PauseIA.Media.Infra.Tests.Bicep;
using YamlDotNet.RepresentationModel;

namespace PauseIA.Media.Infra.Tests;

/// <summary>What `azd up` needs: azure.yaml naming the function app, a subscription-scope template that creates its resource group, a tagged site, and azd's parameter file.</summary>
[Collection(CompiledInfraCollection.Name)]
public sealed partial class AzdTemplateTests(CompiledInfra infra)
{
    private static readonly string Root = BicepCli.RepositoryRoot;

    [Fact]
    public void AzureYamlNamesTheFunctionAppProjectAsTheApiService()
    {
        var service = (YamlMappingNode)((YamlMappingNode)AzureYaml()["services"])["api"];
        var project = Path.GetFullPath(Path.Combine(Root, ((YamlScalarNode)service["project"]).Value!));
        var csproj = Assert.Single(Directory.GetFiles(project, "*.csproj"));
        var xml = XDocument.Load(csproj);

        Assert.Equal("dotnet", ((YamlScalarNode)service["language"]).Value);
        Assert.Equal("function", ((YamlScalarNode)service["host"]).Value);
        Assert.Equal("v4", xml.Descendants("AzureFunctionsVersion").Single().Value);
        Assert.Contains(xml.Descendants("PackageReference"), r => (string?)r.Attribute("Include") == "Microsoft.Azure.Functions.Worker.Sdk");
        Assert.True(File.Exists(Path.Combine(project, "Program.cs")));
    }

    [Fact]
    public void TheSiteCarriesTheTagAzdDeploysTo()
    {
        var service = ((YamlMappingNode)AzureYaml()["services"]).Children.Keys.Cast<YamlScalarNode>().Single().Value;

        Assert.Equal(service, (string?)infra.Entra.Single("Microsoft.Web/sites")["tags"]!["azd-service-name"]);
    }

    [Fact]
    public void TheTemplateCreatesItsResourceGroupAtSubscriptionScope()
    {
        var group = infra.Entra.Single("Microsoft.Resources/resourceGroups");

        Assert.EndsWith("/subscriptionDeploymentTemplate.json#", (string?)infra.Template["$schema"], StringComparison.Ordinal);
        Assert.Equal(DeploymentScenario.ResourceGroup, (string?)group["name"]);
        Assert.Equal(DeploymentScenario.EnvironmentName, (string?)group["tags"]!["azd-env-name"]);
        Assert.All(infra.Entra.Resources.Where(r => (string?)r["type"] != "Microsoft.Resources/resourceGroups" && !((string?)r["type"])!.StartsWith("Microsoft.Authorization/", StringComparison.Ordinal)),
            r => Assert.StartsWith($"/subscriptions/{DeploymentScenario.SubscriptionId}/resourceGroups/{DeploymentScenario.ResourceGroup}/", (string?)r["id"], StringComparison.Ordinal));
    }

    [Fact]
    public void TheParameterFileTakesAzdsEnvironmentAndNamesOnlyTemplateParameters()
    {
        var parameters = ParameterFile();
        var declared = infra.Template["parameters"]!.AsObject();

        Assert.Equal("${AZURE_ENV_NAME}", (string?)parameters["environmentName"]!["value"]);
        Assert.Equal("${AZURE_LOCATION}", (string?)parameters["location"]!["value"]);
        Assert.Equal("${AZURE_PRINCIPAL_ID}", (string?)parameters["principalId"]!["value"]);
        Assert.All(parameters.Select(p => p.Key), name => Assert.True(declared.ContainsKey(name), $"main.parameters.json sets {name}, which main.bicep does not declare."));
    }

    [Fact]
    public void TheDeployerGivesOnlyTheTeamTheAlertAddressesAndTheSignInClient()
    {
        // azd supplies AZURE_*; any other parameter without a default is asked for at the first `azd up` (the team, the
        // alert addresses) or read from the deployer's azd environment (the sign-in client id), as the README says.
        var parameters = ParameterFile();
        var leftToTheDeployer = infra.Template["parameters"]!.AsObject()
            .Where(p => p.Value!["defaultValue"] is null)
            .Select(p => p.Key)
            .Where(name => parameters[name] is null || Variables(parameters[name]!.ToJsonString()).Any(v => !v.StartsWith("AZURE_", StringComparison.Ordinal) && !v.Contains('=', StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal);

        Assert.Equal(["alertEmails", "signIn", "teamMembers"], leftToTheDeployer);
    }

    [Fact]
    public void AnUnsetSignInClientIdFailsTheDeploymentInsteadOfDeployingABrokenSignIn()
    {
        // The file gives "${PAUSEIA_SIGN_IN_CLIENT_ID}", which azd turns into "" when unset; ARM checks the type.
        var providers = infra.Template["definitions"]!.AsObject().Where(d => d.Key.EndsWith("SignIn", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, providers.Count);
        Assert.All(providers, p => Assert.Equal(1, (int)p.Value!["properties"]!["clientId"]!["minLength"]!));
    }

    [Fact]
    public void EverySecretComesFromAnAzdEnvironmentValueAndNeverFromTheFile()
    {
        var parameters = ParameterFile();
        var secure = infra.Template["parameters"]!.AsObject().Where(p => (string?)p.Value!["type"] == "securestring").Select(p => p.Key).ToList();

        Assert.Equal(6, secure.Count);
        Assert.All(secure, name => Assert.Matches(@"^\$\{PAUSEIA_[A-Z_]+\}$", (string?)parameters[name]?["value"] ?? ""));
    }

    [Fact]
    public void EveryAzdEnvironmentValueOfTheParameterFileIsExplainedInTheReadme()
    {
        var readme = File.ReadAllText(Path.Combine(Root, "README.md"));

        Assert.All(Variables(File.ReadAllText(Path.Combine(BicepCli.InfraDirectory, "main.parameters.json"))).Select(v => v.Split('=')[0]).Where(v => v.StartsWith("PAUSEIA_", StringComparison.Ordinal)),
            variable => Assert.Contains(variable, readme, StringComparison.Ordinal));
    }

    [Fact]
    public void AzdEnvironmentsWhichHoldSecretsAreNeverCommitted() =>
        Assert.Contains(".azure/", File.ReadAllLines(Path.Combine(Root, ".gitignore")));

    private static YamlMappingNode AzureYaml()
    {
        var yaml = new YamlStream();
        using var reader = new StreamReader(Path.Combine(Root, "azure.yaml"));
        yaml.Load(reader);
        return (YamlMappingNode)yaml.Documents[0].RootNode;
    }

    private static JsonObject ParameterFile() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(BicepCli.InfraDirectory, "main.parameters.json")))!["parameters"]!.AsObject();

    private static IEnumerable<string> Variables(string text) => Variable().Matches(text).Select(m => m.Groups[1].Value);

    [GeneratedRegex(@"\$\{([^}]+)\}")]
    private static partial Regex Variable();
}
