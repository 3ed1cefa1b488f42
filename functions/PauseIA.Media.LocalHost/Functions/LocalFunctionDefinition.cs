using System.Collections.Immutable;
using Microsoft.Azure.Functions.Worker;

namespace PauseIA.Media.LocalHost.Functions;

internal sealed class LocalFunctionDefinition(LocalFunction function) : FunctionDefinition
{
    public override ImmutableArray<FunctionParameter> Parameters { get; } =
        [.. function.Method.GetParameters().Select(p => new FunctionParameter(p.Name!, p.ParameterType))];

    public override string PathToAssembly => function.Method.DeclaringType!.Assembly.Location;

    public override string EntryPoint => function.EntryPoint;

    public override string Id => function.Name;

    public override string Name => function.Name;

    public override IImmutableDictionary<string, BindingMetadata> InputBindings { get; } = ImmutableDictionary<string, BindingMetadata>.Empty;

    public override IImmutableDictionary<string, BindingMetadata> OutputBindings { get; } = ImmutableDictionary<string, BindingMetadata>.Empty;
}
