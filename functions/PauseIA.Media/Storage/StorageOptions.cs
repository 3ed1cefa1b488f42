using Microsoft.Extensions.Configuration;

namespace PauseIA.Media.Storage;

/// <summary>
/// Where tables, blobs and queues live, read from the settings the Functions host itself uses, so
/// that the host and the app share one storage account setting: the <c>AzureWebJobsStorage</c>
/// connection string (Azurite, or an account with shared keys), or, without it, the identity-based
/// <c>AzureWebJobsStorage__blobServiceUri</c>, <c>__queueServiceUri</c> and <c>__tableServiceUri</c>
/// with <c>__credential</c> and <c>__clientId</c>, as Azure's Functions host reads them.
/// </summary>
public sealed class StorageOptions
{
    public const string ConnectionSetting = "AzureWebJobsStorage";

    /// <summary>The value of <c>__credential</c> that selects a managed identity, as the Functions host spells it.</summary>
    public const string ManagedIdentity = "managedidentity";

    public string ConnectionString { get; set; } = "";

    public Uri? BlobServiceUri { get; set; }

    public Uri? QueueServiceUri { get; set; }

    public Uri? TableServiceUri { get; set; }

    /// <summary><c>managedidentity</c> in Azure; anything else (or nothing) signs in with <c>DefaultAzureCredential</c>.</summary>
    public string? Credential { get; set; }

    /// <summary>The client id of the user-assigned managed identity.</summary>
    public string? ClientId { get; set; }

    public bool UsesConnectionString => !string.IsNullOrWhiteSpace(ConnectionString);

    /// <summary>Whether any storage setting is there at all; LocalHost starts Azurite when none is.</summary>
    public bool IsConfigured => UsesConnectionString || BlobServiceUri is not null || QueueServiceUri is not null || TableServiceUri is not null;

    /// <summary>Reads <c>AzureWebJobsStorage</c> (the connection string) and its sub-settings (<c>AzureWebJobsStorage__blobServiceUri</c>…).</summary>
    public static StorageOptions Read(IConfiguration configuration)
    {
        var options = new StorageOptions();
        Read(configuration, options);
        return options;
    }

    public static void Read(IConfiguration configuration, StorageOptions options)
    {
        var section = configuration.GetSection(ConnectionSetting);
        options.ConnectionString = section.Value ?? "";
        options.BlobServiceUri = Uri(section, "blobServiceUri");
        options.QueueServiceUri = Uri(section, "queueServiceUri");
        options.TableServiceUri = Uri(section, "tableServiceUri");
        options.Credential = section["credential"];
        options.ClientId = section["clientId"];
    }

    // A malformed URI is kept as a relative one, so that validation names the setting instead of the binder throwing.
    private static Uri? Uri(IConfigurationSection section, string key) =>
        string.IsNullOrWhiteSpace(section[key]) ? null : new Uri(section[key]!, UriKind.RelativeOrAbsolute);
}
