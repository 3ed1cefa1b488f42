namespace PauseIA.Media.Functions.Http;

/// <summary>The body of every 4xx: <c>{ "error": "…" }</c>.</summary>
public sealed record ErrorBody(string Error);
