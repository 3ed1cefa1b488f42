using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Common;

namespace PauseIA.Media.Statements;

/// <summary>
/// The immutable files of statements, in the container <c>statements</c>: versions (<c>{id}/v{n}.md</c>,
/// and <c>{id}/v{n}.{language}.md</c> for each translation),
/// frozen recipient manifests (<c>{id}/manifest-{n}.json</c>), the recipients of each send batch and
/// the statement of record. Every upload is create-only (<c>If-None-Match: *</c>): nothing is overwritten.
/// </summary>
public sealed class StatementBlobs([FromKeyedServices(StatementBlobs.Name)] BlobContainerClient container)
{
    public const string Name = "statements";

    /// <summary>An unfinished save older than this left its blob behind; a save takes seconds.</summary>
    private static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(2);

    public static string VersionBlob(string id, int number) => $"{id}/v{number}.md";

    public static string TranslationBlob(string id, int number, string language) => $"{id}/v{number}.{language}.md";

    public static string ManifestBlob(string id, int number) => $"{id}/manifest-{number}.json";

    public static string RecordBlob(string id) => $"{id}/record.json";

    public static string BatchBlob(string id, string planId, int batch) => $"{id}/send/{planId}/batch-{batch}.json";

    /// <summary>Uploads <paramref name="content"/> unless the blob exists; false when it does.</summary>
    public async Task<bool> CreateAsync(string name, byte[] content, CancellationToken cancellationToken = default)
    {
        try
        {
            await container.GetBlobClient(name).UploadAsync(
                new BinaryData(content),
                new BlobUploadOptions { Conditions = new BlobRequestConditions { IfNoneMatch = ETag.All } },
                cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    public Task WriteVersionAsync(string id, int number, byte[] markdown, CancellationToken cancellationToken = default) =>
        WriteUncommittedAsync(VersionBlob(id, number), markdown, cancellationToken);

    /// <summary>
    /// Writes a blob that no committed row refers to yet (the next version, the next manifest). A blob
    /// already there is the leftover of an attempt that died before its commit: the same bytes are kept;
    /// other bytes replace it only when it is old enough (by the storage service's own clock) that no
    /// attempt can still be using it, so two concurrent attempts cannot both believe they wrote it.
    /// Once the row that refers to it is committed, the blob is never touched again.
    /// </summary>
    public async Task WriteUncommittedAsync(string name, byte[] markdown, CancellationToken cancellationToken = default)
    {
        if (await CreateAsync(name, markdown, cancellationToken))
        {
            return;
        }

        var blob = container.GetBlobClient(name);
        var existing = await blob.DownloadContentAsync(cancellationToken);
        if (existing.Value.Content.ToMemory().Span.SequenceEqual(markdown))
        {
            return;
        }

        var serverNow = existing.GetRawResponse().Headers.Date ?? DateTimeOffset.MaxValue;
        if (existing.Value.Details.LastModified > serverNow - AbandonedAfter)
        {
            throw DomainException.Conflict("Une autre version est en cours d'enregistrement. / Another version is being saved.");
        }

        await blob.DeleteAsync(conditions: new BlobRequestConditions { IfMatch = existing.Value.Details.ETag }, cancellationToken: cancellationToken);
        if (!await CreateAsync(name, markdown, cancellationToken))
        {
            throw DomainException.Conflict("Une autre version est en cours d'enregistrement. / Another version is being saved.");
        }
    }

    public async Task<byte[]?> ReadAsync(string name, CancellationToken cancellationToken = default)
    {
        try
        {
            var content = await container.GetBlobClient(name).DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToArray();
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }
}
