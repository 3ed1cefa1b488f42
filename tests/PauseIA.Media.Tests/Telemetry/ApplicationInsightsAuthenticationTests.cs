using Azure.Identity;
using PauseIA.Media.Functions.Telemetry;

namespace PauseIA.Media.Tests.Telemetry;

public sealed class ApplicationInsightsAuthenticationTests
{
    [Theory]
    [InlineData("Authorization=AAD;ClientId=00000000-0000-0000-0000-0000000000c1")]
    [InlineData("ClientId=00000000-0000-0000-0000-0000000000c1; Authorization=aad")]
    [InlineData("Authorization=AAD")]
    public void TheWorkerSignsInWithTheIdentityTheHostIsGiven(string setting) =>
        Assert.IsType<ManagedIdentityCredential>(ApplicationInsightsAuthentication.Credential(setting));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("ClientId=00000000-0000-0000-0000-0000000000c1")]
    public void WithoutMicrosoftEntraSignInTheExporterUsesTheConnectionStringAlone(string? setting) =>
        Assert.Null(ApplicationInsightsAuthentication.Credential(setting));
}
