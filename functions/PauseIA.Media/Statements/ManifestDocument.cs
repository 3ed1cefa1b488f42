using System.Security.Cryptography;
using System.Text.Json;
using PauseIA.Media.Common;
using PauseIA.Media.Contacts;

namespace PauseIA.Media.Statements;

/// <summary>
/// A recipient manifest as frozen by a sign-off (blob <c>{id}/manifest-{n}.json</c>): the audience, the
/// recipients sorted by address and the exclusions sorted by label. Its hash is the SHA-256 of exactly
/// these bytes, so the same resolution always gives the same hash.
/// </summary>
public sealed record ManifestDocument(StatementAudience Audience, IReadOnlyList<ManifestRecipient> Recipients, IReadOnlyList<ManifestExclusion> Excluded)
{
    public static ManifestDocument Of(StatementAudience audience, RecipientManifest manifest) => new(
        audience,
        manifest.Recipients.Select(r => r with { Email = r.Email.Trim().ToLowerInvariant() }).DistinctBy(r => r.Email).OrderBy(r => r.Email, StringComparer.Ordinal).ToList(),
        manifest.Excluded.OrderBy(e => e.Label, StringComparer.Ordinal).ThenBy(e => e.Reason).ToList());

    public byte[] ToBytes() => JsonSerializer.SerializeToUtf8Bytes(this, JsonDefaults.Options);

    public static string Hash(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static ManifestDocument Parse(byte[] bytes) =>
        JsonSerializer.Deserialize<ManifestDocument>(bytes, JsonDefaults.Options) ?? throw new InvalidDataException("Empty manifest.");
}
