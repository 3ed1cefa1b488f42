namespace PauseIA.Media.LocalHost.Tests.Samples;

/// <summary>A JSON queue message, bound as a POCO.</summary>
public sealed record SampleOrder(string Reference, int Count);
