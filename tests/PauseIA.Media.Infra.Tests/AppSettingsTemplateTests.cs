using System.Text.RegularExpressions;
using PauseIA.Media.Infra.Tests.Bicep;

namespace PauseIA.Media.Infra.Tests;

[Collection(CompiledInfraCollection.Name)]
public sealed class AppSettingsTemplateTests(CompiledInfra infra)
{
    /// <summary>Every setting whose value is a secret, with the Key Vault secret it must point at.</summary>
    public static TheoryData<string, string> SecretSettings => new()
    {
        { "SendGrid__ApiKey", "sendgrid-api-key" },
        { "SendGrid__EventWebhookPublicKey", "sendgrid-event-webhook-public-key" },
        { "Inbound__Secret", "inbound-webhook-secret" },
        { "Statements__UnsubscribeKey", "statements-unsubscribe-key" },
        { "Contacts__SuppressionKey", "contacts-suppression-key" },
        { "SIGN_IN_PROVIDER_AUTHENTICATION_SECRET", "sign-in-client-secret" },
    };

    [Theory]
    [MemberData(nameof(SecretSettings))]
    public void SecretSettingIsAKeyVaultReferenceToASecretTheDeploymentWrites(string setting, string secret)
    {
        var reference = KeyVaultReference.Parse(setting, infra.Entra.AppSettings[setting]);
        var vault = infra.Entra.Single("Microsoft.KeyVault/vaults");

        Assert.Equal(secret, reference.SecretName);
        Assert.Equal((string?)vault["name"], reference.VaultName);
        infra.Entra.Single("Microsoft.KeyVault/vaults/secrets", $"{reference.VaultName}/{secret}");
    }

    [Fact]
    public void OnlyTheKnownSecretSettingsAreKeyVaultReferences()
    {
        var references = infra.Entra.AppSettings.Where(s => KeyVaultReference.TryParse(s.Value) is not null).Select(s => s.Key);

        Assert.Equal(SecretSettings.Select(row => (string)row[0]).Order(), references.Order());
    }

    [Fact]
    public void SecureParametersReachNothingButTheKeyVault()
    {
        var secureParameters = infra.Template["parameters"]!.AsObject()
            .Where(p => (string?)p.Value!["type"] is "securestring" or "secureObject")
            .Select(p => p.Key)
            .ToList();
        Assert.Equal(6, secureParameters.Count);

        foreach (var parameter in secureParameters)
        {
            var uses = JsonStrings.Walk(infra.Template)
                .Where(s => !s.Path.StartsWith("$.parameters.", StringComparison.Ordinal))
                .Where(s => s.Value.Contains($"parameters('{parameter}')", StringComparison.Ordinal))
                .ToList();

            Assert.NotEmpty(uses);
            Assert.All(uses, use => Assert.StartsWith("$.resources.keyVault.properties.parameters.secretValues.value.", use.Path, StringComparison.Ordinal));
        }

        // Inside the vault module, the values only become secrets.
        var keyVaultModule = infra.Template["resources"]!["keyVault"]!["properties"]!["template"]!;
        var secretUses = JsonStrings.Walk(keyVaultModule)
            .Where(s => !s.Path.StartsWith("$.parameters.", StringComparison.Ordinal))
            .Where(s => s.Value.Contains("parameters('secretValues')", StringComparison.Ordinal))
            .Select(s => s.Path)
            .ToList();
        Assert.NotEmpty(secretUses);
        Assert.All(secretUses, path => Assert.Matches(@"^\$\.resources\.secret\.(condition|properties\.value)$", path));
        Assert.Equal("Microsoft.KeyVault/vaults/secrets", (string?)keyVaultModule["resources"]!["secret"]!["type"]);
    }

    [Fact]
    public void NoKeyListSasOrConnectionStringAppearsAnywhere()
    {
        var strings = JsonStrings.Walk(infra.Template).Select(s => s.Value)
            .Concat(infra.Scenarios.SelectMany(snapshot => snapshot.Resources.SelectMany(r => JsonStrings.Walk(r)).Select(s => s.Value)))
            .ToList();

        Assert.DoesNotContain(strings, s => Regex.IsMatch(s, @"\blist(Keys|ServiceSas|AccountSas|ConnectionStrings)\(", RegexOptions.IgnoreCase));
        Assert.DoesNotContain(strings, s => s.Contains("AccountKey=", StringComparison.OrdinalIgnoreCase) || s.Contains("SharedAccessSignature", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(strings, s => s.Contains("InstrumentationKey=", StringComparison.OrdinalIgnoreCase));
        Assert.All(infra.Scenarios, snapshot => Assert.DoesNotContain("AzureWebJobsStorage", snapshot.AppSettings.Keys));
    }

    [Fact]
    public void TeamMembersBecomeIndexedSettings()
    {
        var team = infra.Entra.AppSettings.Where(s => s.Key.StartsWith("Team__", StringComparison.Ordinal)).ToDictionary();

        Assert.Equal(
            new Dictionary<string, string>
            {
                ["Team__Members__0__Email"] = "porte-parole@pauseia.example",
                ["Team__Members__0__DisplayName"] = "Porte-parole",
                ["Team__Members__0__Language"] = "fr",
                ["Team__Members__0__Roles__0"] = "Spokesperson",
                ["Team__Members__0__Roles__1"] = "Admin",
                ["Team__Members__1__Email"] = "director@pauseai.example",
                ["Team__Members__1__DisplayName"] = "Director",
                ["Team__Members__1__Language"] = "en",
                ["Team__Members__1__Roles__0"] = "CommsDirector",
                ["Team__Members__2__Email"] = "lyon@pauseia.example",
                ["Team__Members__2__DisplayName"] = "Lyon",
                ["Team__Members__2__Language"] = "fr",
                ["Team__Members__2__Roles__0"] = "LocalLead",
                ["Team__Members__2__Roles__1"] = "PressOfficer",
                ["Team__Members__2__Cities__0"] = "Lyon",
                ["Team__Members__2__Cities__1"] = "Villeurbanne",
            },
            team);
    }

    [Fact]
    public void MailSettingsComeFromTheParameters()
    {
        var settings = infra.Entra.AppSettings;

        Assert.Equal("presse@pauseia.example", settings["Mail__PressAddress"]);
        Assert.Equal("Pause IA – Presse", settings["Mail__PressName"]);
        Assert.Equal("media.pauseia.example", settings["Mail__MessageIdDomain"]);
        Assert.Equal("https://pauseia.example/confidentialite", settings["Mail__PrivacyNoticeUrl"]);
        Assert.Equal("contact@pauseia.example", settings["Mail__OwnAddresses__0"]);
    }

    [Fact]
    public void PublicBaseUrlIsTheAppsHostNameUnlessGiven()
    {
        Assert.StartsWith("[format('https://{0}', reference(", infra.Entra.AppSettings["Mail__PublicBaseUrl"], StringComparison.Ordinal);
        Assert.EndsWith(").defaultHostName)]", infra.Entra.AppSettings["Mail__PublicBaseUrl"], StringComparison.Ordinal);
        Assert.Equal("https://presse.pauseia.example", infra.OpenIdConnectWithoutMail.AppSettings["Mail__PublicBaseUrl"]);
    }

    [Fact]
    public void WithoutMailDeliveryNeitherSendGridKeyIsSetSoMailStaysInTheOutbox()
    {
        Assert.DoesNotContain(infra.OpenIdConnectWithoutMail.AppSettings.Keys, k => k.StartsWith("SendGrid__", StringComparison.Ordinal));
        Assert.Contains("SendGrid__ApiKey", infra.Entra.AppSettings.Keys);
        Assert.Contains("SendGrid__EventWebhookPublicKey", infra.Entra.AppSettings.Keys);
    }

    [Fact]
    public void ApplicationInsightsReceivesTheTelemetry() =>
        Assert.Contains("Microsoft.Insights/components/appi-pauseia-media-test", infra.Entra.AppSettings["APPLICATIONINSIGHTS_CONNECTION_STRING"], StringComparison.Ordinal);

    [Fact]
    public void StorageIsReachedThroughItsServiceUrisWithTheManagedIdentity()
    {
        var settings = infra.Entra.AppSettings;
        var account = (string)infra.Entra.Single("Microsoft.Storage/storageAccounts")["id"]!;

        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        foreach (var service in new[] { "blob", "queue", "table" })
        {
            Assert.Equal($"[reference('{account}', '2025-01-01').primaryEndpoints.{service}]", settings[$"AzureWebJobsStorage__{service}ServiceUri"]);
        }
    }

    [Fact]
    public void NoSettingLetsAClientForgeTheSignedInUser() =>
        Assert.DoesNotContain(infra.Entra.AppSettings.Keys, key => key.StartsWith("LocalHost__", StringComparison.OrdinalIgnoreCase) || key == "WEBSITE_AUTH_ENABLED");

    [Fact]
    public void NoSettingThatFlexConsumptionRefuses()
    {
        // Flex Consumption takes the runtime and the package from functionAppConfig and rejects these.
        string[] refused =
        [
            "FUNCTIONS_WORKER_RUNTIME", "FUNCTIONS_EXTENSION_VERSION", "FUNCTIONS_WORKER_RUNTIME_VERSION",
            "WEBSITE_RUN_FROM_PACKAGE", "WEBSITE_CONTENTSHARE", "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING",
            "WEBSITE_NODE_DEFAULT_VERSION", "SCM_DO_BUILD_DURING_DEPLOYMENT", "ENABLE_ORYX_BUILD",
        ];

        Assert.Empty(infra.Entra.AppSettings.Keys.Intersect(refused, StringComparer.OrdinalIgnoreCase));
    }

    [Fact]
    public void TheAppIsCreatedOnceItsIdentityHoldsItsRoles()
    {
        var functionApp = infra.Template["resources"]!["functionApp"]!;

        Assert.Contains("access", functionApp["dependsOn"]!.AsArray().Select(d => (string?)d));
    }
}
