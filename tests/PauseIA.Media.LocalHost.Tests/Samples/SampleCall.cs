namespace PauseIA.Media.LocalHost.Tests.Samples;

/// <summary>One call of a sample function, with what it was given.</summary>
public sealed record SampleCall(string Function, object? Value);
