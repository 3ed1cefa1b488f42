using PauseIA.Media.Contacts;

namespace PauseIA.Media.Statements;

/// <summary>
/// <c>GET /api/statements/{id}/manifest</c> and the answer of a sign-off: the frozen manifest once signed
/// off, otherwise what the audience resolves to now (<see cref="Frozen"/> false), whose <see cref="Hash"/>
/// the spokesperson may send back with the sign-off to be sure the list did not change in between.
/// <see cref="Languages"/> counts the recipients of each language version.
/// </summary>
public sealed record ManifestView(
    bool Frozen,
    int? Number,
    string Hash,
    StatementAudience Audience,
    IReadOnlyList<StatementRecipient> Recipients,
    IReadOnlyList<ManifestExclusion> Excluded,
    string? FrozenBy,
    DateTimeOffset? FrozenAt,
    IReadOnlyDictionary<string, int> Languages);
