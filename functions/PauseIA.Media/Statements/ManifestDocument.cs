using System.Security.Cryptography;
using System.Text.Json;
using PauseIA.Media.Common;
using PauseIA.Media.Contacts;
using PauseIA.Media.Statements.Languages;

namespace PauseIA.Media.Statements;

/// <summary>
/// A recipient manifest as frozen by a sign-off (blob <c>{id}/manifest-{n}.json</c>): the audience, the
/// recipients sorted by address, each with the language of the version they will receive, and the
/// exclusions sorted by label. Its hash is the SHA-256 of exactly these bytes, so the same resolution
/// of the same version always gives the same hash.
/// </summary>
public sealed record ManifestDocument(StatementAudience Audience, IReadOnlyList<StatementRecipient> Recipients, IReadOnlyList<ManifestExclusion> Excluded)
{
    /// <param name="statement">Its languages decide which version each recipient receives.</param>
    public static ManifestDocument Of(Statement statement, RecipientManifest manifest) => new(
        statement.Audience,
        manifest.Recipients
            .Select(r => new StatementRecipient(r.Email.Trim().ToLowerInvariant(), r.Name, r.Language, StatementLanguages.For(r.Language, statement.Language, statement.Languages)))
            .DistinctBy(r => r.Email)
            .OrderBy(r => r.Email, StringComparer.Ordinal)
            .ToList(),
        manifest.Excluded.OrderBy(e => e.Label, StringComparer.Ordinal).ThenBy(e => e.Reason).ToList());

    /// <summary>How many recipients receive each language, the primary first.</summary>
    public IReadOnlyDictionary<string, int> CountsByLanguage(string primary) => Recipients
        .GroupBy(r => r.Receives ?? primary)
        .OrderBy(g => g.Key == primary ? 0 : 1).ThenBy(g => g.Key, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Count());

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, JsonDefaults.Options);

    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static ManifestDocument Parse(byte[] bytes) =>
        JsonSerializer.Deserialize<ManifestDocument>(bytes, JsonDefaults.Options) ?? throw new InvalidDataException("Empty manifest.");
}
