using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PauseIA.Media.Email;

/// <summary>
/// Every Message-ID we received or sent, with what it belongs to, so that a reply threads by
/// <c>In-Reply-To</c>/<c>References</c> whichever feature sent the message it answers.
/// One point read per candidate id: the key is a hash because Message-IDs may hold characters
/// (<c>/ \ # ?</c>) that Table storage refuses in keys. A bulk send's ids share one row
/// (<see cref="BatchMessageId"/>): <c>{batch}.{n}@{our domain}</c> is found in the batch's row, which
/// holds its recipients in order, so a batch of 1,000 is registered in one write instead of 1,000.
/// </summary>
public sealed partial class MessageIdIndex([FromKeyedServices(MessageIdIndex.Name)] TableClient table, IOptions<MailOptions> options)
{
    public const string Name = "messageids";

    /// <summary>Table storage's largest binary property; a batch's compressed recipients are cut into these.</summary>
    private const int MaxBinary = 64 * 1024;

    /// <summary>The Message-ID of the <paramref name="index"/>th recipient of a batch.</summary>
    public static string BatchMessageId(string batch, int index, string domain) => $"{batch}.{index}@{domain}";

    /// <summary>
    /// Registers the ids of one batch (<see cref="BatchMessageId"/>, same batch, same owner, in order from 0)
    /// in one write; ids of any other shape are registered one by one.
    /// </summary>
    public async Task RegisterBatchAsync(IReadOnlyList<MessageIdEntry> entries, CancellationToken cancellationToken = default)
    {
        var batches = entries.Select(e => Batch(e.MessageId)).ToList();
        if (entries.Count == 0 || batches.Any(b => b is null) || batches.Select(b => b!.Value.Key).Distinct().Count() != 1
            || entries.Select(e => (e.Kind, e.RelatedId)).Distinct().Count() != 1 || batches.Select((b, i) => b!.Value.Index != i).Any(wrong => wrong))
        {
            foreach (var entry in entries)
            {
                await RegisterAsync(entry, cancellationToken);
            }

            return;
        }

        var row = new TableEntity(batches[0]!.Value.Key, "")
        {
            ["Kind"] = entries[0].Kind.ToString(),
            ["RelatedId"] = entries[0].RelatedId,
            ["Count"] = entries.Count,
        };
        var recipients = Compress(JsonSerializer.SerializeToUtf8Bytes(entries.Select(e => e.ContactEmail).ToList()));
        for (var part = 0; part * MaxBinary < recipients.Length; part++)
        {
            row[$"Recipients{part}"] = recipients.AsSpan(part * MaxBinary, Math.Min(MaxBinary, recipients.Length - (part * MaxBinary))).ToArray();
        }

        await table.UpsertEntityAsync(row, TableUpdateMode.Replace, cancellationToken);
    }

    public Task RegisterAsync(MessageIdEntry entry, CancellationToken cancellationToken = default) =>
        table.UpsertEntityAsync(
            new TableEntity(Key(entry.MessageId), "")
            {
                ["MessageId"] = entry.MessageId,
                ["Kind"] = entry.Kind.ToString(),
                ["RelatedId"] = entry.RelatedId,
                ["ContactEmail"] = entry.ContactEmail,
            },
            TableUpdateMode.Replace,
            cancellationToken);

    /// <summary>The first of <paramref name="messageIds"/> (in the order given) that we know.</summary>
    public async Task<MessageIdEntry?> FindFirstAsync(IEnumerable<string> messageIds, CancellationToken cancellationToken = default)
    {
        foreach (var id in messageIds.Select(Normalize).Where(id => id.Length > 0).Distinct())
        {
            var found = await FindAsync(id, cancellationToken);
            if (found is not null)
            {
                return found;
            }
        }

        return null;
    }

    public async Task<MessageIdEntry?> FindAsync(string messageId, CancellationToken cancellationToken = default)
    {
        var batch = Batch(messageId);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(batch?.Key ?? Key(messageId), "", cancellationToken: cancellationToken);
        if (!response.HasValue || response.Value is not { } e)
        {
            return null;
        }

        var kind = Enum.Parse<MessageIdOwner>(e.GetString("Kind"));
        if (batch is not { Index: var index })
        {
            return new MessageIdEntry(e.GetString("MessageId"), kind, e.GetString("RelatedId"), e.GetString("ContactEmail"));
        }

        var parts = e.Keys.Where(k => k.StartsWith("Recipients", StringComparison.Ordinal)).OrderBy(k => int.Parse(k["Recipients".Length..], CultureInfo.InvariantCulture));
        var recipients = JsonSerializer.Deserialize<List<string?>>(Decompress(parts.SelectMany(k => e.GetBinary(k)).ToArray())) ?? [];
        return index < recipients.Count ? new MessageIdEntry(Normalize(messageId), kind, e.GetString("RelatedId"), recipients[index]) : null;
    }

    /// <summary>Message-IDs compare without angle brackets and case-insensitively on the domain; we keep it simple and lower-case all.</summary>
    public static string Normalize(string messageId) => messageId.Trim().Trim('<', '>').Trim().ToLowerInvariant();

    /// <summary>The batch row's key and the recipient's place in it, for one of our bulk ids; null for any other id.</summary>
    private (string Key, int Index)? Batch(string messageId)
    {
        var match = BatchIdPattern().Match(Normalize(messageId));
        return match.Success && match.Groups["domain"].Value == options.Value.MessageIdDomain.ToLowerInvariant()
            && int.TryParse(match.Groups["index"].Value, CultureInfo.InvariantCulture, out var index)
            ? (Key($"{match.Groups["batch"].Value}@{match.Groups["domain"].Value}"), index)
            : null;
    }

    private static byte[] Compress(byte[] bytes)
    {
        using var output = new MemoryStream();
        using (var zip = new GZipStream(output, CompressionLevel.Fastest))
        {
            zip.Write(bytes);
        }

        return output.ToArray();
    }

    private static byte[] Decompress(byte[] bytes)
    {
        using var zip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var output = new MemoryStream();
        zip.CopyTo(output);
        return output.ToArray();
    }

    // Our own ids are "{32 hex}@{domain}": only a bulk send's have a dot and a number before the @.
    [GeneratedRegex(@"^(?<batch>[0-9a-f]{32})\.(?<index>\d{1,4})@(?<domain>[a-z0-9.-]+)$")]
    private static partial Regex BatchIdPattern();

    private static string Key(string messageId) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(messageId))));
}
