using System.Reflection;
using Azure.Data.Tables;
using Microsoft.Extensions.Options;
using PauseIA.Media.Email;

namespace PauseIA.Media.Health;

/// <summary>Whether the service can do its work: storage answers within a few seconds.</summary>
public sealed class HealthService(TableServiceClient tables, IOptions<SendGridOptions> sendGrid, TimeProvider time)
{
    private static readonly string Version =
        typeof(HealthService).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public async Task<HealthReport> CheckAsync(CancellationToken cancellationToken = default)
    {
        var storage = false;
        try
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(TimeSpan.FromSeconds(5));
            await foreach (var _ in tables.QueryAsync(maxPerPage: 1, cancellationToken: timeout.Token))
            {
                break;
            }

            storage = true;
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or OperationCanceledException or HttpRequestException or AggregateException)
        {
            storage = false;
        }

        return new HealthReport(storage ? "ok" : "degraded", Version, storage, sendGrid.Value.UsesOutbox ? "outbox" : "sendgrid", time.GetUtcNow());
    }
}
