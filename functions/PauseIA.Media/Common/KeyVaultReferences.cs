namespace PauseIA.Media.Common;

/// <summary>The settings whose value is still an unresolved Key Vault reference (see <see cref="KeyVaultReferencesValidator"/>).</summary>
public sealed class KeyVaultReferences
{
    public const string Prefix = "@Microsoft.KeyVault(";

    public List<string> Unresolved { get; } = [];
}
