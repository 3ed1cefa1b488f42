namespace PauseIA.Media.LocalHost.Tests.Samples;

/// <summary>A scoped service: two invocations that see the same id shared a DI scope.</summary>
public sealed class ScopeMarker
{
    public Guid Id { get; } = Guid.NewGuid();
}
