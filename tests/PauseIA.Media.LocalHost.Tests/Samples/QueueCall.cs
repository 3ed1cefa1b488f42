namespace PauseIA.Media.LocalHost.Tests.Samples;

/// <summary>A queue message as a sample function saw it, with the trigger metadata bound by name.</summary>
public sealed record QueueCall(string Message, long DequeueCount, string Id, DateTimeOffset InsertionTime, string FunctionName, Guid Scope);
