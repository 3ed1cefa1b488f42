namespace PauseIA.Media.Inquiries.Inbound;

/// <summary>The SMTP envelope SendGrid posts as <c>envelope</c>: <c>{"to":["…"],"from":"…"}</c>; an empty from is a bounce's null return path.</summary>
public sealed record InboundEnvelope(IReadOnlyList<string>? To, string? From);
