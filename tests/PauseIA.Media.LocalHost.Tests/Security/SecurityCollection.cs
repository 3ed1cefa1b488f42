using PauseIA.Media.Testing;

namespace PauseIA.Media.LocalHost.Tests.Security;

/// <summary>The security tests call the whole app over HTTP; one LocalHost serves them all (each test uses its own ids).</summary>
[CollectionDefinition(Name)]
public sealed class SecurityCollection : ICollectionFixture<LocalHostFixture>
{
    public const string Name = "Security";
}
