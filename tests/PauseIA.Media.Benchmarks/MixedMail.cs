namespace PauseIA.Media.Benchmarks;

/// <summary>One email of the inbound scenario: its kind, its MIME, and, for a new inquiry, the journalist its acknowledgement goes to.</summary>
public sealed record MixedMail(string Kind, int Number, byte[] Mime, string EnvelopeFrom, string? Journalist);
