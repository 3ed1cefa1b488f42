namespace PauseIA.Media.Contacts;

/// <summary>A contact left out of a send; <see cref="Label"/> names it without its address when it was erased.</summary>
public sealed record ManifestExclusion(string Label, SuppressionReason Reason);
