using Microsoft.Azure.Functions.Worker;

namespace PauseIA.Media.LocalHost.Tests.Samples;

/// <summary>A timer run as a sample function saw it, and when (by the host's clock) it ran.</summary>
public sealed record TimerCall(TimerInfo Timer, DateTimeOffset RanAt);
