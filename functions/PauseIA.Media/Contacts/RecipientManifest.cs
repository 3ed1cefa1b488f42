namespace PauseIA.Media.Contacts;

/// <summary>Who a send goes to and who is left out and why; a sign-off approves exactly this list.</summary>
public sealed record RecipientManifest(
    IReadOnlyList<ManifestRecipient> Recipients,
    IReadOnlyList<ManifestExclusion> Excluded);
