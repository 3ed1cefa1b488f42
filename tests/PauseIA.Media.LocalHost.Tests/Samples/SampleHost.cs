using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Testing;

namespace PauseIA.Media.LocalHost.Tests.Samples;

/// <summary>LocalHost serving the sample functions of this assembly, with a host.json tuned for fast queue tests.</summary>
public static class SampleHost
{
    public const string InboundSecret = "sample-inbound-secret";

    public static Assembly Functions => typeof(SampleHost).Assembly;

    public static string HostJson => Path.Combine(AppContext.BaseDirectory, "Samples", "sample-host.json");

    public static Dictionary<string, string?> Settings() => new()
    {
        ["LocalHost:HostJsonPath"] = HostJson,
        ["Samples:Schedule"] = "0 30 9 * * *",
        ["Samples:QueueName"] = "samples-from-setting",
        ["Inbound:Secret"] = InboundSecret,
    };

    public static LocalHostFixtureOptions Options(IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null)
    {
        var all = Settings();
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            all[key] = value;
        }

        return new LocalHostFixtureOptions
        {
            FunctionAssemblies = [Functions],
            Settings = all,
            ConfigureServices = services =>
            {
                services.AddSingleton<SampleRecorder>();
                services.AddScoped<ScopeMarker>();
                configure?.Invoke(services);
            },
        };
    }
}
