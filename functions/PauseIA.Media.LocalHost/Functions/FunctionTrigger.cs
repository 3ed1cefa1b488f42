using System.Reflection;

namespace PauseIA.Media.LocalHost.Functions;

/// <summary>What starts a function, as its trigger attribute declares it (settings not yet resolved).</summary>
public abstract record FunctionTrigger(ParameterInfo Parameter);
