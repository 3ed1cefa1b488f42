using System.Reflection;

namespace PauseIA.Media.LocalHost.Functions;

/// <summary>What starts a function, as its trigger attribute declares it (settings not yet resolved).</summary>
public abstract record FunctionTrigger(ParameterInfo Parameter)
{
    /// <summary>
    /// Whether <paramref name="parameter"/> is the trigger's. Compared by position, not reference: when two hosts
    /// first read a method's parameters at once, reflection may build two ParameterInfo objects for one parameter.
    /// </summary>
    public bool IsTriggerParameter(ParameterInfo parameter) => parameter.Position == Parameter.Position;
}
