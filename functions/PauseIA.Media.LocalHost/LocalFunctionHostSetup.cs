using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Functions;

namespace PauseIA.Media.LocalHost;

/// <summary>How to build a <see cref="LocalFunctionHost"/>: the program passes its arguments; tests pass their own settings and functions.</summary>
public sealed record LocalFunctionHostSetup
{
    /// <summary>The function app (PauseIA.Media.Functions).</summary>
    public static Assembly FunctionApp { get; } = typeof(FunctionsServiceCollectionExtensions).Assembly;

    /// <summary>Command-line arguments: <c>--port</c>, <c>--smtp-port</c>, <c>--demo</c>, and any <c>--Section:Key=value</c>.</summary>
    public IReadOnlyList<string> Args { get; init; } = [];

    /// <summary>Null takes DOTNET_ENVIRONMENT / ASPNETCORE_ENVIRONMENT (launchSettings.json sets Development for <c>dotnet run</c>).</summary>
    public string? EnvironmentName { get; init; }

    /// <summary>When set, the only settings (before the command line): appsettings files, environment variables and user secrets are not read.</summary>
    public IReadOnlyDictionary<string, string?>? Settings { get; init; }

    /// <summary>The assemblies whose <c>[Function]</c> methods are served.</summary>
    public IReadOnlyList<Assembly> FunctionAssemblies { get; init; } = [FunctionApp];

    /// <summary>Runs after the app's and LocalHost's registrations, so it may replace any of them (TimeProvider, IIdGenerator…).</summary>
    public Action<IServiceCollection>? ConfigureServices { get; init; }

    /// <summary>Where the start-up banner (addresses, storage, outbox) and the demo's progress are written.</summary>
    public TextWriter Output { get; init; } = TextWriter.Null;
}
