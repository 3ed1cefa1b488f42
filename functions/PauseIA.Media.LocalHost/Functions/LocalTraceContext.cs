using System.Diagnostics;
using Microsoft.Azure.Functions.Worker;

namespace PauseIA.Media.LocalHost.Functions;

internal sealed class LocalTraceContext(Activity? activity) : TraceContext
{
    public override string TraceParent { get; } = activity?.Id ?? "";

    public override string TraceState { get; } = activity?.TraceStateString ?? "";
}
