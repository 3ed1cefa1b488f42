using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Logging;

namespace PauseIA.Media.LocalHost.Timers;

/// <summary>
/// Keeps each timer's last and next occurrence in Blob storage where the Functions host keeps it
/// (<c>azure-webjobs-hosts/timers/&lt;host&gt;/&lt;function&gt;/status</c>), so that an occurrence
/// missed while LocalHost was stopped runs at the next start with <c>IsPastDue</c>.
/// </summary>
internal sealed class TimerScheduleMonitor(BlobServiceClient blobs, ILogger<TimerScheduleMonitor> logger)
{
    private const string Container = "azure-webjobs-hosts";

    private const string HostId = "localhost";

    public static string StatusBlob(string timerName) => $"timers/{HostId}/{timerName}/status";

    /// <summary>The stored status, or null when there is none or it cannot be read.</summary>
    public async Task<ScheduleStatus?> ReadAsync(string timerName, CancellationToken cancellationToken)
    {
        try
        {
            var content = await blobs.GetBlobContainerClient(Container).GetBlobClient(StatusBlob(timerName)).DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToObjectFromJson<ScheduleStatus>();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
        catch (Exception ex) when (ex is RequestFailedException or JsonException)
        {
            logger.LogWarning("Could not read the schedule status of {Timer}: {Error}", timerName, ex.Message);
            return null;
        }
    }

    public async Task WriteAsync(string timerName, ScheduleStatus status, CancellationToken cancellationToken)
    {
        try
        {
            var container = blobs.GetBlobContainerClient(Container);
            await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
            await container.GetBlobClient(StatusBlob(timerName)).UploadAsync(BinaryData.FromObjectAsJson(status), overwrite: true, cancellationToken);
        }
        catch (RequestFailedException ex)
        {
            logger.LogWarning("Could not save the schedule status of {Timer}: {Error}", timerName, ex.Message);
        }
    }
}
