using System.Security.Cryptography;
using System.Text.Json;
using PauseIA.Media.Common;
using PauseIA.Media.Statements.Languages;

namespace PauseIA.Media.Statements.Consistency;

/// <summary>The consistency report of a saved version, or of unsaved texts for the editor's panel.</summary>
public sealed class StatementConsistency(StatementStore store, StatementContentLoader loader)
{
    public async Task<ConsistencyReport> GetAsync(string id, int? version = null, CancellationToken cancellationToken = default)
    {
        var statement = (await store.GetAsync(id, cancellationToken)).Statement;
        var loaded = await loader.LoadAsync(id, version ?? statement.Version, cancellationToken);
        return Report(loaded.Texts, loaded.Version.Number, loaded.ContentHash);
    }

    /// <summary>Unsaved texts, checked as a save would check them; nothing is stored.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1822", Justification = "Part of the injected service's contract, beside GetAsync.")]
    public ConsistencyReport Check(SaveStatementRequest request) =>
        Report(VersionTexts.FromRequest(request.Markdown, request.Title, request.Translations, null), null, null);

    public static ConsistencyReport Report(VersionTexts texts, int? version, string? contentHash)
    {
        var divergences = ConsistencyChecker.Check(texts);
        var hash = Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(divergences, JsonDefaults.Options)));
        return new ConsistencyReport(version, contentHash, texts.Primary.Language, texts.Languages, hash, divergences);
    }
}
