namespace PauseIA.Media.Inquiries.Classification;

/// <summary>The kind of an inbound email and the evidence for it, in French for the console.</summary>
public sealed record InboundClassification(InboundKind Kind, string Reason);
