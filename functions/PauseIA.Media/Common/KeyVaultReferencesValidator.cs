using Microsoft.Extensions.Options;

namespace PauseIA.Media.Common;

/// <summary>
/// App Service leaves a Key Vault reference it could not resolve (the identity lost its access, the
/// vault is unreachable) in the setting as its literal text, and that text would then serve as the
/// inbound secret or a signing key, readable by anyone who sees the template. The app refuses to
/// start instead, naming each such setting.
/// </summary>
public sealed class KeyVaultReferencesValidator : IValidateOptions<KeyVaultReferences>
{
    public ValidateOptionsResult Validate(string? name, KeyVaultReferences options) =>
        options.Unresolved.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(options.Unresolved.Select(setting =>
                $"{setting}: référence Key Vault non résolue (accès de l'identité au coffre, pare-feu ?). / Unresolved Key Vault reference."));
}
