using Microsoft.Extensions.Options;
using PauseIA.Media.Common;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Foundation;

public sealed class KeyVaultReferencesTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task AnUnresolvedKeyVaultReferenceStopsTheStartNamingEachSetting()
    {
        await using var services = await TestServices.CreateAsync(azurite, new Dictionary<string, string?>
        {
            ["Inbound:Secret"] = "@Microsoft.KeyVault(SecretUri=https://pauseia-media.vault.azure.net/secrets/inbound-secret/)",
            ["SendGrid:ApiKey"] = " @microsoft.keyvault(VaultName=pauseia-media;SecretName=sendgrid-api-key)",
        });

        var failure = Assert.Throws<OptionsValidationException>(() => services.Get<IOptions<KeyVaultReferences>>().Value);

        Assert.Collection(
            failure.Failures,
            f => Assert.StartsWith("Inbound:Secret: ", f, StringComparison.Ordinal),
            f => Assert.StartsWith("SendGrid:ApiKey: ", f, StringComparison.Ordinal));
        Assert.All(failure.Failures, f => Assert.Contains("Unresolved Key Vault reference", f, StringComparison.Ordinal));
    }

    [Fact]
    public async Task ResolvedSettingsPass()
    {
        await using var services = await TestServices.CreateAsync(azurite);

        Assert.Empty(services.Get<IOptions<KeyVaultReferences>>().Value.Unresolved);
    }
}
