namespace PauseIA.Media.Storage;

/// <summary>
/// Every table, container and queue that a feature registered, so that they are created
/// once at start instead of on each request (an extra round trip per call otherwise).
/// </summary>
public sealed class StorageResources
{
    private readonly HashSet<string> tables = new(StringComparer.Ordinal);
    private readonly HashSet<string> containers = new(StringComparer.Ordinal);
    private readonly HashSet<string> queues = new(StringComparer.Ordinal);

    public IReadOnlyCollection<string> Tables => tables;

    public IReadOnlyCollection<string> Containers => containers;

    public IReadOnlyCollection<string> Queues => queues;

    public void AddTable(string name) => tables.Add(name);

    public void AddContainer(string name) => containers.Add(name);

    public void AddQueue(string name) => queues.Add(name);
}
