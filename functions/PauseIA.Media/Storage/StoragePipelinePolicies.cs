using Azure.Core.Pipeline;

namespace PauseIA.Media.Storage;

/// <summary>
/// Extra Azure.Core policies added to every storage client. Tests and benchmarks put a
/// request counter here; production leaves it empty.
/// </summary>
public sealed class StoragePipelinePolicies
{
    public List<HttpPipelinePolicy> PerCall { get; } = [];

    /// <summary>Run after authentication, so they see the request as it would leave (tests read its signature here).</summary>
    public List<HttpPipelinePolicy> BeforeTransport { get; } = [];
}
