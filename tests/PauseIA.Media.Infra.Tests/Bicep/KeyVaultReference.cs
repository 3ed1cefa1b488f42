using System.Text.RegularExpressions;

namespace PauseIA.Media.Infra.Tests.Bicep;

/// <summary>
/// An app setting of the form <c>@Microsoft.KeyVault(SecretUri=https://vault.vault.azure.net/secrets/name)</c>,
/// as the snapshot shows it: the vault's DNS suffix comes from <c>environment()</c>, which is only
/// known in the target cloud, so the value stays a <c>format()</c> expression.
/// </summary>
public sealed partial record KeyVaultReference(string VaultName, string SecretName)
{
    public static KeyVaultReference? TryParse(string? settingValue)
    {
        var match = Pattern().Match(settingValue ?? "");
        return match.Success ? new KeyVaultReference(match.Groups["vault"].Value, match.Groups["secret"].Value) : null;
    }

    public static KeyVaultReference Parse(string settingName, string? settingValue) =>
        TryParse(settingValue) ?? throw new Xunit.Sdk.XunitException($"{settingName} is not a Key Vault reference: {settingValue}");

    [GeneratedRegex(@"^\[format\('@Microsoft\.KeyVault\(SecretUri=https://\{0\}\{1\}/secrets/\{2\}\)', '(?<vault>[a-z0-9-]+)', environment\(\)\.suffixes\.keyvaultDns, '(?<secret>[A-Za-z0-9-]+)'\)\]$")]
    private static partial Regex Pattern();
}
