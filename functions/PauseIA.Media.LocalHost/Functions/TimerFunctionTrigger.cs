using System.Reflection;

namespace PauseIA.Media.LocalHost.Functions;

/// <summary><c>[TimerTrigger]</c>: a six-field NCRONTAB schedule, which may be a <c>%Setting%</c> reference.</summary>
public sealed record TimerFunctionTrigger(ParameterInfo Parameter, string Schedule, bool RunOnStartup, bool UseMonitor)
    : FunctionTrigger(Parameter);
