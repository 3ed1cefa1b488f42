using Microsoft.Extensions.Options;

namespace PauseIA.Media.Storage;

/// <summary>A connection string, or all three service URIs over HTTPS: anything else stops the start, naming the setting.</summary>
public sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        if (options.UsesConnectionString)
        {
            return ValidateOptionsResult.Success;
        }

        if (!options.IsConfigured)
        {
            return ValidateOptionsResult.Fail(
                $"{StorageOptions.ConnectionSetting} is missing: set it to a storage connection string, or set {StorageOptions.ConnectionSetting}__blobServiceUri, __queueServiceUri and __tableServiceUri for identity-based storage (LocalHost starts Azurite when none is set).");
        }

        var failures = new[]
        {
            ("blobServiceUri", options.BlobServiceUri),
            ("queueServiceUri", options.QueueServiceUri),
            ("tableServiceUri", options.TableServiceUri),
        }
            .Where(s => s.Item2 is not { IsAbsoluteUri: true, Scheme: "https" })
            .Select(s => $"{StorageOptions.ConnectionSetting}__{s.Item1} must be the account's https:// endpoint (identity-based storage needs all three service URIs).")
            .ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
