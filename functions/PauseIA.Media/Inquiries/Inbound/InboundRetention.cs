using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace PauseIA.Media.Inquiries.Inbound;

/// <summary>
/// Deletes archived raw emails older than <see cref="InboundOptions.RetentionMonths"/> (GDPR
/// storage limitation). The inquiries keep their text; only the raw posts and their attachments go.
/// </summary>
public sealed class InboundRetention(InboundArchive archive, IOptions<InboundOptions> options, TimeProvider time, ILogger<InboundRetention> logger)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var cutoff = time.GetUtcNow().AddMonths(-options.Value.RetentionMonths);
        var deleted = 0;
        await foreach (var key in archive.ListOlderThanAsync(cutoff, cancellationToken))
        {
            await archive.DeleteAsync(key, cancellationToken);
            deleted++;
        }

        logger.LogInformation("Retention: {Count} archived emails received before {Cutoff:O} deleted.", deleted, cutoff);
        return deleted;
    }
}
