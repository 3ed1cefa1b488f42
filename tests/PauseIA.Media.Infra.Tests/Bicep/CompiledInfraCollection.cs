namespace PauseIA.Media.Infra.Tests.Bicep;

/// <summary>Compiling takes seconds, so every test class shares one <see cref="CompiledInfra"/>.</summary>
[CollectionDefinition(Name)]
public sealed class CompiledInfraCollection : ICollectionFixture<CompiledInfra>
{
    public const string Name = "Compiled infra";
}
