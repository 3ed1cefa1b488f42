using Azure.Core;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PauseIA.Media.Storage;

/// <summary>
/// Builds the service clients of the one storage account: from the connection string when there is
/// one (Azurite, or a key), otherwise from the service URIs, signed in with Microsoft Entra ID
/// through <see cref="Credential"/>. The app's clients and LocalHost's queue pumps both come from here.
/// </summary>
public sealed class StorageAccount(IOptions<StorageOptions> options, [FromKeyedServices(StorageAccount.CredentialKey)] TokenCredential credential)
{
    /// <summary>The key of the <see cref="TokenCredential"/> registration (tests put a fake there).</summary>
    public const string CredentialKey = StorageOptions.ConnectionSetting;

    private StorageOptions Settings => options.Value;

    public TableServiceClient Tables(TableClientOptions clientOptions) =>
        Settings.UsesConnectionString
            ? new TableServiceClient(Settings.ConnectionString, clientOptions)
            : new TableServiceClient(Settings.TableServiceUri, credential, clientOptions);

    public BlobServiceClient Blobs(BlobClientOptions clientOptions) =>
        Settings.UsesConnectionString
            ? new BlobServiceClient(Settings.ConnectionString, clientOptions)
            : new BlobServiceClient(Settings.BlobServiceUri, credential, clientOptions);

    public QueueServiceClient Queues(QueueClientOptions clientOptions) =>
        Settings.UsesConnectionString
            ? new QueueServiceClient(Settings.ConnectionString, clientOptions)
            : new QueueServiceClient(Settings.QueueServiceUri, credential, clientOptions);

    /// <summary>
    /// The identity the Functions host also uses (<c>AzureWebJobsStorage__credential=managedidentity</c>, with the
    /// user-assigned identity's <c>__clientId</c>); elsewhere <see cref="DefaultAzureCredential"/> (az login,
    /// Visual Studio, environment variables). Creating either makes no request: nothing signs in until a client needs a token.
    /// </summary>
    public static TokenCredential Credential(StorageOptions settings) =>
        string.Equals(settings.Credential, StorageOptions.ManagedIdentity, StringComparison.OrdinalIgnoreCase)
            ? new ManagedIdentityCredential(string.IsNullOrWhiteSpace(settings.ClientId) ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(settings.ClientId))
            : new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = string.IsNullOrWhiteSpace(settings.ClientId) ? null : settings.ClientId });
}
