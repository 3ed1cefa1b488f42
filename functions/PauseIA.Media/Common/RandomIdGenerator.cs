namespace PauseIA.Media.Common;

/// <summary>Short, URL-safe, time-ordered ids (a version 7 GUID without dashes).</summary>
public sealed class RandomIdGenerator : IIdGenerator
{
    public string NewId() => Guid.CreateVersion7().ToString("N");
}
