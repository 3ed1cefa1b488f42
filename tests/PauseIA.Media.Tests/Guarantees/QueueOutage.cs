using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace PauseIA.Media.Tests.Guarantees;

/// <summary>
/// The queue service failing while blob storage answers (Azure's services fail apart): while <see cref="Down"/>,
/// every message put on <paramref name="queueName"/> fails at once, as the storage client sees an outage after its retries.
/// </summary>
public sealed class QueueOutage(string queueName) : HttpPipelinePolicy
{
    public bool Down { get; set; }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Check(message);
        ProcessNext(message, pipeline);
    }

    public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        Check(message);
        return ProcessNextAsync(message, pipeline);
    }

    private void Check(HttpMessage message)
    {
        if (Down && message.Request.Method == RequestMethod.Post && message.Request.Uri.Path.EndsWith($"/{queueName}/messages", StringComparison.Ordinal))
        {
            throw new RequestFailedException(503, $"The queue service is unavailable (injected for {queueName}).");
        }
    }
}
