using PauseIA.Media.Functions.Http;
using PauseIA.Media.Infra.Tests.Bicep;
using PauseIA.Media.Infra.Tests.Code;

namespace PauseIA.Media.Infra.Tests;

/// <summary>
/// The template held to the code: Easy Auth's excluded paths to the public functions' routes, the app settings to
/// the options classes and the README's table, the identity to every way in. Each check also runs on a copy of
/// infra/ with an excluded path, a required setting and the app's identity removed, and must catch each.
/// </summary>
[Collection(CompiledInfraCollection.Name)]
public sealed class CodeConsistencyTests(CompiledInfra infra)
{
    private const string EasyAuthSecretSetting = "SIGN_IN_PROVIDER_AUTHENTICATION_SECRET";

    public static TheoryData<string> Scenarios => new() { "entra", "oidc-outbox" };

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void EasyAuthExcludesExactlyTheRoutesOfThePublicEndpoints(string scenario) =>
        Assert.Empty(InfraChecks.ExcludedPathProblems(Snapshot(scenario)));

    [Fact]
    public void ThePublicRoutesAreReadFromTheFunctionClassesWithTheHostsRoutePrefix()
    {
        Assert.Equal("", PublicRoutes.RoutePrefix());
        Assert.Equal(["/api/health", "/api/inbound/sendgrid", "/api/unsubscribe", "/api/webhooks/sendgrid/events"], PublicRoutes.EasyAuthPaths());

        // The console is public to the app (no role) but behind Easy Auth's sign-in: its catch-all must not open everything.
        var console = Assert.Single(PublicRoutes.Functions(), f => f.Route == "{*path}");
        Assert.True(console.Access is { Public: true, BehindSignIn: true });
        Assert.All(PublicRoutes.Functions(), f => Assert.True(f.Access.IsDeclared, $"{f.Method.Name} declares neither or both."));
    }

    [Theory]
    [InlineData("", "api/unsubscribe/{token}", "/api/unsubscribe/*")]
    [InlineData("api", "unsubscribe", "/api/unsubscribe")]
    [InlineData("", "api/files/{*path}", "/api/files|/api/files/*")]
    [InlineData("", "{*path}", "/|/*")]
    public void ARouteParameterBecomesEasyAuthsTrailingWildcard(string prefix, string route, string paths) =>
        Assert.Equal(paths.Split('|'), PublicRoutes.ToEasyAuthPaths(prefix, route));

    [Fact]
    public void ARouteWithAParameterBeforeItsEndCannotBeExcluded() =>
        Assert.Throws<InvalidOperationException>(() => PublicRoutes.ToEasyAuthPaths("", "api/statements/{id}/public"));

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void TheAppStartsWithTheSettingsTheTemplateWrites(string scenario) =>
        Assert.Empty(InfraChecks.StartupProblems(Snapshot(scenario)));

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void EverySettingTheTemplateWritesIsReadByTheCode(string scenario)
    {
        var snapshot = Snapshot(scenario);
        var easyAuth = snapshot.Properties("Microsoft.Web/sites/config", "/authsettingsV2").ToJsonString();

        var settings = DeploymentValues.Resolve(snapshot.AppSettings);

        Assert.All(snapshot.AppSettings.Keys, setting =>
            Assert.True(
                SettingReaders.ReaderOf(setting, settings[setting]!) is not null || (setting == EasyAuthSecretSetting && easyAuth.Contains($"\"{setting}\"", StringComparison.Ordinal)),
                $"{setting} is set by the template but read by no options class, no storage or telemetry set-up, nor Easy Auth."));
    }

    [Fact]
    public void TheReaderOfASettingIsItsOptionsClassAndAnUnknownOneHasNone()
    {
        Assert.Equal("TeamOptions", SettingReaders.ReaderOf("Team__Members__3__Cities__1", "Lyon"));
        Assert.Equal("EventWebhookOptions", SettingReaders.ReaderOf("SendGrid__EventWebhookMaxAge", "00:05:00"));
        Assert.Equal("SendGridOptions", SettingReaders.ReaderOf("SendGrid__ApiKey", "SG.key"));
        Assert.StartsWith("StorageOptions", SettingReaders.ReaderOf("AzureWebJobsStorage__queueServiceUri", "https://st.queue.core.windows.net/"), StringComparison.Ordinal);
        Assert.Null(SettingReaders.ReaderOf("SendGrid__ApiSecret", "SG.key"));
        Assert.Null(SettingReaders.ReaderOf("AzureWebJobsStorage__accountName", "stpauseia"));
        Assert.Null(SettingReaders.ReaderOf("EASYAUTH_TOKEN_STORE_SAS_URL", "https://st.blob.core.windows.net/tokens?sig=x"));
    }

    [Fact]
    public void EveryReadmeRowMarkedRequiredIsSetByTheTemplate()
    {
        var required = ReadmeSettings.Read().Where(r => r.Required).ToList();

        Assert.NotEmpty(required);
        Assert.All(required.SelectMany(r => r.Names), name =>
            Assert.True(new ReadmeSettings.Row([name], "").Covers(infra.Entra.AppSettings.Keys), $"README marks {name} required, but the template does not set it."));
    }

    [Theory]
    [MemberData(nameof(Scenarios))]
    public void EverySettingTheTemplateWritesHasItsReadmeRow(string scenario)
    {
        var rows = ReadmeSettings.Read();

        Assert.All(Snapshot(scenario).AppSettings.Keys.Where(k => k != EasyAuthSecretSetting), setting =>
            Assert.True(rows.Any(r => r.Covers(setting)), $"{setting} is set by the template but missing from README.md's settings table."));
    }

    [Fact]
    public void TheAppRunsAsItsUserAssignedIdentityEverywhere()
    {
        foreach (var snapshot in infra.Scenarios)
        {
            Assert.Empty(InfraChecks.IdentityProblems(snapshot));
        }
    }

    [Fact]
    public void RemovingAnExcludedPathARequiredSettingOrTheIdentityFailsTheChecks()
    {
        Assert.Contains("/api/unsubscribe is a [PublicEndpoint] route, but Easy Auth asks for a sign-in there.", InfraChecks.ExcludedPathProblems(infra.Mutated));
        Assert.Contains(InfraChecks.StartupProblems(infra.Mutated), p => p.Contains("Inbound:Secret is missing", StringComparison.Ordinal));
        Assert.Contains("The site does not run as the user-assigned identity.", InfraChecks.IdentityProblems(infra.Mutated));
    }

    private DeploymentSnapshot Snapshot(string name) => infra.Scenarios.Single(s => s.Name == name);
}
