using Azure.Data.Tables;

namespace PauseIA.Media.Inquiries;

/// <summary>
/// Text longer than a table property holds (32K UTF-16 characters) spread over numbered
/// properties, up to a cap that keeps the entity under Table storage's 1 MiB; the archived
/// post keeps anything cut.
/// </summary>
public static class LongText
{
    private const int ChunkChars = 30_000;

    /// <summary>Writes <paramref name="value"/> and says whether it had to be cut at <paramref name="maxChars"/>.</summary>
    public static bool Write(TableEntity entity, string name, string? value, int maxChars)
    {
        if (value is null)
        {
            return false;
        }

        var cut = value.Length > maxChars;
        var kept = cut ? value[..maxChars] : value;
        var chunks = 0;
        for (var start = 0; start < kept.Length || chunks == 0; start += ChunkChars)
        {
            entity[$"{name}{chunks}"] = kept.Substring(start, Math.Min(ChunkChars, kept.Length - start));
            chunks++;
        }

        entity[$"{name}Chunks"] = chunks;
        return cut;
    }

    public static string? Read(TableEntity entity, string name)
    {
        var chunks = entity.GetInt32($"{name}Chunks");
        return chunks is null ? null : string.Concat(Enumerable.Range(0, chunks.Value).Select(i => entity.GetString($"{name}{i}")));
    }
}
