using System.Text.Json.Nodes;
using PauseIA.Media.Contacts.Privacy;

namespace PauseIA.Media.Tests.Contacts.Privacy;

/// <summary>What another feature (inquiries) would hold, to see what the contacts feature asks of it.</summary>
public sealed class FakePersonalDataSource : IPersonalDataSource
{
    public Dictionary<string, JsonNode> Held { get; } = [];

    public List<(string Email, string Pseudonym)> Erased { get; } = [];

    public string Name => "inquiries";

    public Task<JsonNode?> ExportAsync(string email, CancellationToken cancellationToken = default) =>
        Task.FromResult(Held.TryGetValue(email, out var node) ? node.DeepClone() : null);

    public Task<int> EraseAsync(string email, string pseudonym, CancellationToken cancellationToken = default)
    {
        Erased.Add((email, pseudonym));
        return Task.FromResult(Held.Remove(email) ? 1 : 0);
    }
}
