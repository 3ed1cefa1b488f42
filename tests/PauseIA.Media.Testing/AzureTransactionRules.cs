using System.Text;
using System.Text.RegularExpressions;
using Azure.Core;
using Azure.Core.Pipeline;

namespace PauseIA.Media.Testing;

/// <summary>
/// Refuses, as Azure does, an entity group transaction whose rows span several PartitionKeys or
/// number more than 100; Azurite accepts both, so without this a test could pass on a write that
/// fails in production. Tests and benchmarks add it to every storage client.
/// </summary>
public sealed partial class AzureTransactionRules : HttpPipelineSynchronousPolicy
{
    public override void OnSendingRequest(HttpMessage message)
    {
        if (message.Request.Method != RequestMethod.Post || !message.Request.Uri.Path.EndsWith("$batch", StringComparison.Ordinal) || message.Request.Content is null)
        {
            return;
        }

        using var body = new MemoryStream();
        message.Request.Content.WriteTo(body, message.CancellationToken);
        var text = Encoding.UTF8.GetString(body.ToArray());
        var operations = OperationPattern().Count(text);
        var partitions = KeyPattern().Matches(text).Select(m => Uri.UnescapeDataString(m.Groups["pk"].Value.Length > 0 ? m.Groups["pk"].Value : m.Groups["json"].Value))
            .Distinct(StringComparer.Ordinal).ToList();
        if (partitions.Count > 1 || operations > 100)
        {
            throw new InvalidOperationException(
                $"Azure refuses this table transaction: {operations} operations over partitions {string.Join(", ", partitions)} (one partition, 100 operations at most).");
        }
    }

    [GeneratedRegex(@"^(POST|PUT|MERGE|PATCH|DELETE) http", RegexOptions.Multiline)]
    private static partial Regex OperationPattern();

    // A key in an operation's URL (update, delete) or in an insert's JSON body.
    [GeneratedRegex("""PartitionKey='(?<pk>(?:[^']|'')*)'|"PartitionKey":"(?<json>(?:[^"\\]|\\.)*)" """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex KeyPattern();
}
