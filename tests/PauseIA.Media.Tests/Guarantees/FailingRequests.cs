using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace PauseIA.Media.Tests.Guarantees;

/// <summary>
/// A storage outage, request by request: the next <paramref name="times"/> requests of <paramref name="method"/> (on the
/// clients it is added to; only those whose path ends with <paramref name="pathEnd"/>, when given) fail at once, as the
/// client sees an outage after its own retries. Azure's services fail apart: one table or queue can be down alone.
/// </summary>
public sealed class FailingRequests(RequestMethod method, int times = 1, string? pathEnd = null) : HttpPipelinePolicy
{
    private int remaining = times;
    private int failed;

    /// <summary>How many requests it failed.</summary>
    public int Failed => Volatile.Read(ref failed);

    /// <summary>Fails the next <paramref name="count"/> requests of the method, from now.</summary>
    public void FailNext(int count = 1) => Volatile.Write(ref remaining, count);

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
        if (message.Request.Method == method
            && (pathEnd is null || message.Request.Uri.Path.EndsWith(pathEnd, StringComparison.Ordinal))
            && Interlocked.Decrement(ref remaining) >= 0)
        {
            Interlocked.Increment(ref failed);
            throw new RequestFailedException(503, $"The storage service is unavailable (injected on {method} {message.Request.Uri.Path}).");
        }
    }
}
