using Azure.Core;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace PauseIA.Media.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// The key of a <c>QueueServiceClient</c> that reads messages as they were written: a poison queue may hold
    /// a message that is not Base64, on which the app's client would throw.
    /// </summary>
    public const string UnencodedQueues = "unencoded";

    /// <summary>The service clients, from a connection string or from the service URIs with a managed identity, with the shared pipeline policies.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Configure(o => StorageOptions.Read(configuration, o))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>();
        Resources(services);
        services.TryAddSingleton<StoragePipelinePolicies>();
        services.TryAddKeyedSingleton(StorageAccount.CredentialKey, (sp, _) => StorageAccount.Credential(sp.GetRequiredService<IOptions<StorageOptions>>().Value));
        services.TryAddSingleton<StorageAccount>();

        services.TryAddSingleton(sp => sp.GetRequiredService<StorageAccount>().Tables(Configure(sp, new TableClientOptions())));
        services.TryAddSingleton(sp => sp.GetRequiredService<StorageAccount>().Blobs(Configure(sp, new BlobClientOptions())));
        services.TryAddSingleton(sp => sp.GetRequiredService<StorageAccount>().Queues(
            Configure(sp, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 })));
        services.TryAddKeyedSingleton(UnencodedQueues, (sp, _) => sp.GetRequiredService<StorageAccount>().Queues(
            Configure(sp, new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None })));
        services.AddHostedService<StorageInitializer>();
        return services;
    }

    /// <summary>A table client injected as <c>[FromKeyedServices(name)] TableClient</c>.</summary>
    public static IServiceCollection AddTable(this IServiceCollection services, string name)
    {
        Resources(services).AddTable(name);
        services.TryAddKeyedSingleton(name, (sp, _) => sp.GetRequiredService<TableServiceClient>().GetTableClient(name));
        return services;
    }

    /// <summary>A container client injected as <c>[FromKeyedServices(name)] BlobContainerClient</c>.</summary>
    public static IServiceCollection AddBlobContainer(this IServiceCollection services, string name)
    {
        Resources(services).AddContainer(name);
        services.TryAddKeyedSingleton(name, (sp, _) => sp.GetRequiredService<BlobServiceClient>().GetBlobContainerClient(name));
        return services;
    }

    /// <summary>
    /// A queue client injected as <c>[FromKeyedServices(name)] QueueClient</c>. Its encoding
    /// is Base64, as <c>messageEncoding</c> in host.json, so triggers read what we write.
    /// </summary>
    public static IServiceCollection AddQueue(this IServiceCollection services, string name)
    {
        Resources(services).AddQueue(name);
        services.TryAddKeyedSingleton(name, (sp, _) => sp.GetRequiredService<QueueServiceClient>().GetQueueClient(name));
        return services;
    }

    private static StorageResources Resources(IServiceCollection services)
    {
        // The registry is needed while services are still being registered, before any provider exists.
        var descriptor = services.FirstOrDefault(d => d.ServiceType == typeof(StorageResources) && d.ImplementationInstance is not null);
        if (descriptor?.ImplementationInstance is StorageResources existing)
        {
            return existing;
        }

        var created = new StorageResources();
        services.AddSingleton(created);
        return created;
    }

    private static T Configure<T>(IServiceProvider sp, T options)
        where T : ClientOptions
    {
        var policies = sp.GetRequiredService<StoragePipelinePolicies>();
        foreach (var policy in policies.PerCall)
        {
            options.AddPolicy(policy, HttpPipelinePosition.PerCall);
        }

        foreach (var policy in policies.BeforeTransport)
        {
            options.AddPolicy(policy, HttpPipelinePosition.BeforeTransport);
        }

        return options;
    }
}
