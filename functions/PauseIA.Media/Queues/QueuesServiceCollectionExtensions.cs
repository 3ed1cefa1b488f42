using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Storage;

namespace PauseIA.Media.Queues;

public static class QueuesServiceCollectionExtensions
{
    /// <summary>The failures of queue messages and the Admin's poison-queue page.</summary>
    public static IServiceCollection AddQueueFailures(this IServiceCollection services)
    {
        services.AddTable(QueueFailureLog.Name).AddTable(PoisonMessages.AuditTable);
        services.AddSingleton<QueueFailureLog>();
        services.AddSingleton<PoisonMessages>();
        return services;
    }
}
