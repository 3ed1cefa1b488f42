using PauseIA.Media.Infra.Tests.Bicep;

namespace PauseIA.Media.Infra.Tests;

[Collection(CompiledInfraCollection.Name)]
public sealed class EasyAuthTemplateTests(CompiledInfra infra)
{
    private const string Config = "Microsoft.Web/sites/config";
    private const string AuthSettings = "/authsettingsV2";

    [Fact]
    public void EveryRequestNeedsASignInExceptTheExcludedPaths()
    {
        // Which paths are excluded is held to the function classes by CodeConsistencyTests.
        foreach (var snapshot in infra.Scenarios)
        {
            var properties = snapshot.Properties(Config, AuthSettings);

            Assert.True((bool)properties["platform"]!["enabled"]!);
            Assert.True((bool)properties["globalValidation"]!["requireAuthentication"]!);
            Assert.NotEmpty(properties["globalValidation"]!["excludedPaths"]!.AsArray());
        }
    }

    [Fact]
    public void ABrowserWithoutSessionIsSentToTheSignInPage()
    {
        var validation = infra.Entra.Properties(Config, AuthSettings)["globalValidation"]!;

        Assert.Equal("RedirectToLoginPage", (string?)validation["unauthenticatedClientAction"]);
        Assert.Equal("azureactivedirectory", (string?)validation["redirectToProvider"]);
    }

    [Fact]
    public void SignInReturnsToTheConsoleRouteInTheFragment() =>
        Assert.True((bool)infra.Entra.Properties(Config, AuthSettings)["login"]!["preserveUrlFragmentsForLogins"]!);

    [Fact]
    public void TheTokenStoreIsOffSinceTheAppNeedsOnlyThePrincipalAndABlobStoreWouldNeedASas()
    {
        var tokenStore = infra.Entra.Properties(Config, AuthSettings)["login"]!["tokenStore"]!;

        Assert.False((bool)tokenStore["enabled"]!);
        Assert.Null(tokenStore["azureBlobStorage"]);
    }

    [Fact]
    public void OnlyHttpsIsAccepted() =>
        Assert.True((bool)infra.Entra.Properties(Config, AuthSettings)["httpSettings"]!["requireHttps"]!);

    [Fact]
    public void EntraSignInTrustsTheTenantAndKeepsItsSecretInKeyVault()
    {
        var entra = infra.Entra.Properties(Config, AuthSettings)["identityProviders"]!["azureActiveDirectory"]!;
        var registration = entra["registration"]!;

        Assert.True((bool)entra["enabled"]!);
        Assert.Equal("entra-client-id", (string?)registration["clientId"]);
        Assert.Equal(
            $"[format('{{0}}{{1}}/v2.0', environment().authentication.loginEndpoint, '{DeploymentScenario.TenantId}')]",
            (string?)registration["openIdIssuer"]);
        Assert.Contains("scope=openid profile email", entra["login"]!["loginParameters"]!.AsArray().Select(p => (string?)p));
        var secretSetting = (string)registration["clientSecretSettingName"]!;
        Assert.Equal("sign-in-client-secret", KeyVaultReference.Parse(secretSetting, infra.Entra.AppSettings[secretSetting]).SecretName);
    }

    [Fact]
    public void OpenIdConnectSignInUsesTheProvidersDiscoveryDocumentAndAnEmailClaim()
    {
        var properties = infra.OpenIdConnectWithoutMail.Properties(Config, AuthSettings);
        var google = properties["identityProviders"]!["customOpenIdConnectProviders"]!["google"]!;
        var registration = google["registration"]!;

        Assert.Null(properties["identityProviders"]!["azureActiveDirectory"]);
        Assert.Equal("google", (string?)properties["globalValidation"]!["redirectToProvider"]);
        Assert.Equal("google-client-id", (string?)registration["clientId"]);
        Assert.Equal("https://accounts.google.com/.well-known/openid-configuration", (string?)registration["openIdConnectConfiguration"]!["wellKnownOpenIdConfiguration"]);
        Assert.Equal("email", (string?)google["login"]!["nameClaimType"]);
        var secretSetting = (string)registration["clientCredential"]!["clientSecretSettingName"]!;
        Assert.Equal("sign-in-client-secret", KeyVaultReference.Parse(secretSetting, infra.OpenIdConnectWithoutMail.AppSettings[secretSetting]).SecretName);
    }

    [Fact]
    public void RedirectUriOutputMatchesTheProvider()
    {
        Assert.Contains("/.auth/login/{1}/callback', ", (string?)infra.Entra.Outputs["SIGN_IN_REDIRECT_URI"], StringComparison.Ordinal);
        Assert.EndsWith(", 'aad')]", (string?)infra.Entra.Outputs["SIGN_IN_REDIRECT_URI"], StringComparison.Ordinal);
        Assert.EndsWith(", 'google')]", (string?)infra.OpenIdConnectWithoutMail.Outputs["SIGN_IN_REDIRECT_URI"], StringComparison.Ordinal);
    }
}
