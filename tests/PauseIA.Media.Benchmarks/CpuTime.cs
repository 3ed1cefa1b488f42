namespace PauseIA.Media.Benchmarks;

/// <summary>CPU time used by this process and by Azurite (see <see cref="CpuClock"/>).</summary>
public sealed record CpuTime(TimeSpan Ours, TimeSpan Azurite)
{
    public static CpuTime? operator -(CpuTime? after, CpuTime? before) =>
        after is null || before is null ? null : new(after.Ours - before.Ours, after.Azurite - before.Azurite);

    public override string ToString() => $"CPU ours {Ours.TotalMilliseconds:F0} ms, Azurite {Azurite.TotalMilliseconds:F0} ms";
}
