using Microsoft.Azure.Functions.Worker;

namespace PauseIA.Media.LocalHost.Functions;

internal sealed class LocalBindingContext(IReadOnlyDictionary<string, object?> bindingData) : BindingContext
{
    public override IReadOnlyDictionary<string, object?> BindingData { get; } = bindingData;
}
