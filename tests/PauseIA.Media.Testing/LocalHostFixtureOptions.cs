using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.LocalHost;

namespace PauseIA.Media.Testing;

/// <summary>What a <see cref="LocalHostFixture"/> changes from the defaults (the function app, <see cref="TestSettings"/>, Development).</summary>
public sealed record LocalHostFixtureOptions
{
    /// <summary>Settings over <see cref="TestSettings"/> (<c>["Mail:PublicBaseUrl"] = …</c>); a null value removes one.</summary>
    public IReadOnlyDictionary<string, string?> Settings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Runs after every registration, so it can replace <c>TimeProvider</c>, <c>IIdGenerator</c> or any service.</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>The assemblies whose functions are served; by default the function app.</summary>
    public IReadOnlyList<Assembly> FunctionAssemblies { get; init; } = [LocalFunctionHostSetup.FunctionApp];

    /// <summary>Azurite keeps its data on disk (a folder of its own, deleted at the end), so that <see cref="LocalHostFixture.WithStorageDownAsync{T}"/> finds it again.</summary>
    public bool StorageOnDisk { get; init; }

    /// <summary>Development plays Easy Auth (sign-in page, trusted principal header); any other environment does not.</summary>
    public string EnvironmentName { get; init; } = "Development";
}
