using System.Collections.Concurrent;
using System.Globalization;
using System.Text.RegularExpressions;
using Azure;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;

namespace PauseIA.Media.Inquiries;

/// <summary>
/// Hands out references PIA-YYYY-NNNN, sequential per year and unique across instances: one
/// counter entity per year, advanced with its ETag (optimistic concurrency) and retried on a
/// conflict. The last value and ETag are cached, so a warm instance spends one request per
/// reference; a lock keeps this instance from racing itself.
/// </summary>
public sealed partial class InquiryReferences([FromKeyedServices(InquiryReferences.Name)] TableClient table) : IDisposable
{
    public const string Name = "inquirycounters";

    private const string Partition = "PIA";

    private const int MaxAttempts = 100;

    private readonly ConcurrentDictionary<int, (int Last, ETag ETag)> cache = new();

    private readonly SemaphoreSlim gate = new(1, 1);

    public static string Format(int year, int number) => $"PIA-{year}-{number.ToString("D4", CultureInfo.InvariantCulture)}";

    /// <summary>A reference found in a subject, "[PIA-2026-0042]" after any RE:/TR:/Fwd:/AW:.</summary>
    public static string? FindIn(string? text)
    {
        var match = text is null ? Match.Empty : Pattern().Match(text);
        return match.Success ? match.Value.ToUpperInvariant() : null;
    }

    public async Task<string> NextAsync(int year, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            for (var attempt = 0; attempt < MaxAttempts; attempt++)
            {
                if (!cache.TryGetValue(year, out var known))
                {
                    known = await ReadAsync(year, cancellationToken);
                }

                var next = known.Last + 1;
                var entity = new TableEntity(Partition, year.ToString(CultureInfo.InvariantCulture)) { ["Last"] = next };
                try
                {
                    var response = known.ETag == default
                        ? await table.AddEntityAsync(entity, cancellationToken)
                        : await table.UpdateEntityAsync(entity, known.ETag, TableUpdateMode.Replace, cancellationToken);
                    cache[year] = (next, response.Headers.ETag ?? default);
                    return Format(year, next);
                }
                catch (RequestFailedException ex) when (ex.Status is 409 or 412)
                {
                    // Another instance took that number: read the counter again.
                    cache.TryRemove(year, out _);
                    await Task.Delay(Random.Shared.Next(5, 20 + (attempt * 10)), cancellationToken);
                }
            }

            throw new InvalidOperationException($"Could not allocate an inquiry reference for {year} after {MaxAttempts} attempts.");
        }
        finally
        {
            gate.Release();
        }
    }

    public void Dispose() => gate.Dispose();

    private async Task<(int Last, ETag ETag)> ReadAsync(int year, CancellationToken cancellationToken)
    {
        var response = await table.GetEntityIfExistsAsync<TableEntity>(Partition, year.ToString(CultureInfo.InvariantCulture), cancellationToken: cancellationToken);
        return response.HasValue && response.Value is not null ? (response.Value.GetInt32("Last") ?? 0, response.Value.ETag) : (0, default);
    }

    [GeneratedRegex(@"PIA-\d{4}-\d{4,}", RegexOptions.IgnoreCase)]
    private static partial Regex Pattern();
}
