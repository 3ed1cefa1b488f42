using System.Security.Cryptography;
using System.Text;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace PauseIA.Media.Email;

/// <summary>
/// Every Message-ID we received or sent, with what it belongs to, so that a reply threads by
/// <c>In-Reply-To</c>/<c>References</c> whichever feature sent the message it answers.
/// One point read per candidate id: the key is a hash because Message-IDs may hold characters
/// (<c>/ \ # ?</c>) that Table storage refuses in keys.
/// </summary>
public sealed class MessageIdIndex([FromKeyedServices(MessageIdIndex.Name)] TableClient table)
{
    public const string Name = "messageids";

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
        try
        {
            var response = await table.GetEntityIfExistsAsync<TableEntity>(Key(messageId), "", cancellationToken: cancellationToken);
            if (!response.HasValue || response.Value is null)
            {
                return null;
            }

            var e = response.Value;
            return new MessageIdEntry(
                e.GetString("MessageId"),
                Enum.Parse<MessageIdOwner>(e.GetString("Kind")),
                e.GetString("RelatedId"),
                e.GetString("ContactEmail"));
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    /// <summary>Message-IDs compare without angle brackets and case-insensitively on the domain; we keep it simple and lower-case all.</summary>
    public static string Normalize(string messageId) => messageId.Trim().Trim('<', '>').Trim().ToLowerInvariant();

    private static string Key(string messageId) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(Normalize(messageId))));
}
