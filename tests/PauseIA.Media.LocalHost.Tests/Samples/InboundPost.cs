namespace PauseIA.Media.LocalHost.Tests.Samples;

/// <summary>What the sample webhook received: the query key and every form field.</summary>
public sealed record InboundPost(string? Key, IReadOnlyDictionary<string, string> Fields, string ContentType);
