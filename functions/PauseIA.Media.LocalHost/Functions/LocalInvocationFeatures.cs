using System.Collections;
using Microsoft.Azure.Functions.Worker;

namespace PauseIA.Media.LocalHost.Functions;

internal sealed class LocalInvocationFeatures : IInvocationFeatures
{
    private readonly Dictionary<Type, object> features = [];

    public void Set<T>(T instance)
    {
        if (instance is null)
        {
            features.Remove(typeof(T));
        }
        else
        {
            features[typeof(T)] = instance;
        }
    }

    public T? Get<T>() => features.TryGetValue(typeof(T), out var feature) ? (T)feature : default;

    public IEnumerator<KeyValuePair<Type, object>> GetEnumerator() => features.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
