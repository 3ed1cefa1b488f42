using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Testing;

namespace PauseIA.Media.LocalHost.Tests.Samples;

/// <summary>One sample host per test class.</summary>
public sealed class SampleHostFixture : LocalHostFixture
{
    public SampleHostFixture()
        : base(SampleHost.Options())
    {
    }

    public SampleRecorder Recorder => Services.GetRequiredService<SampleRecorder>();
}
