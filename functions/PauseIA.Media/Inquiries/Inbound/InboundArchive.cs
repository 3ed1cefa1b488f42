using System.Globalization;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.DependencyInjection;

namespace PauseIA.Media.Inquiries.Inbound;

/// <summary>
/// Every Inbound Parse post, byte for byte, attachments included, in Blob storage under its
/// idempotency key. Written create-only (If-None-Match: *), so two deliveries of one email
/// race safely: exactly one creates the blob.
/// </summary>
public sealed class InboundArchive([FromKeyedServices(InboundArchive.Name)] BlobContainerClient container)
{
    public const string Name = "inbound";

    private const string ReceivedAtKey = "receivedat";

    /// <summary>True when this call stored the post; false when it was already there, with when that was.</summary>
    public async Task<(bool Created, DateTimeOffset StoredAt)> TryStoreAsync(ArchivedPost post, CancellationToken cancellationToken = default)
    {
        try
        {
            await container.GetBlobClient(post.Key).UploadAsync(
                BinaryData.FromBytes(post.Body),
                new BlobUploadOptions
                {
                    Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All },
                    HttpHeaders = new BlobHttpHeaders { ContentType = post.ContentType },
                    Metadata = new Dictionary<string, string> { [ReceivedAtKey] = post.ReceivedAt.ToString("O", CultureInfo.InvariantCulture) },
                },
                cancellationToken);
            return (true, post.ReceivedAt);
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            var properties = await container.GetBlobClient(post.Key).GetPropertiesAsync(cancellationToken: cancellationToken);
            return (false, ReceivedAt(properties.Value.Metadata) ?? properties.Value.CreatedOn);
        }
    }

    /// <summary>The post, or null when retention or an erasure removed it.</summary>
    public async Task<ArchivedPost?> ReadAsync(string key, CancellationToken cancellationToken = default)
    {
        try
        {
            var content = await container.GetBlobClient(key).DownloadContentAsync(cancellationToken);
            var details = content.Value.Details;
            return new ArchivedPost(key, content.Value.Content.ToArray(), details.ContentType ?? "", ReceivedAt(details.Metadata) ?? details.CreatedOn);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public async Task DeleteAsync(string key, CancellationToken cancellationToken = default) =>
        await container.GetBlobClient(key).DeleteIfExistsAsync(cancellationToken: cancellationToken);

    /// <summary>The keys of posts stored before <paramref name="cutoff"/>.</summary>
    public async IAsyncEnumerable<string> ListOlderThanAsync(DateTimeOffset cutoff, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var blob in container.GetBlobsAsync(new GetBlobsOptions { Traits = BlobTraits.Metadata }, cancellationToken))
        {
            if ((ReceivedAt(blob.Metadata) ?? blob.Properties.CreatedOn ?? DateTimeOffset.MaxValue) < cutoff)
            {
                yield return blob.Name;
            }
        }
    }

    // Our own clock's arrival time, not the blob's creation time, so that retention counts from when the mail came in.
    private static DateTimeOffset? ReceivedAt(IDictionary<string, string> metadata) =>
        metadata.TryGetValue(ReceivedAtKey, out var at) && DateTimeOffset.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : null;
}
