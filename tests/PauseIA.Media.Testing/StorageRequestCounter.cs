using Azure.Core;
using Azure.Core.Pipeline;

namespace PauseIA.Media.Testing;

/// <summary>Counts the HTTP requests that storage clients make (retries included), by method and path.</summary>
public sealed class StorageRequestCounter : HttpPipelineSynchronousPolicy
{
    private readonly List<string> requests = [];

    public int Count
    {
        get
        {
            lock (requests)
            {
                return requests.Count;
            }
        }
    }

    public IReadOnlyList<string> Requests
    {
        get
        {
            lock (requests)
            {
                return requests.ToList();
            }
        }
    }

    public void Reset()
    {
        lock (requests)
        {
            requests.Clear();
        }
    }

    public override void OnSendingRequest(HttpMessage message)
    {
        lock (requests)
        {
            requests.Add($"{message.Request.Method} {message.Request.Uri.Path}");
        }
    }
}
