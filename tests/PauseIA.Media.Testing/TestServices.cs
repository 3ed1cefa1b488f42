using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using PauseIA.Media.Common;
using PauseIA.Media.Storage;

namespace PauseIA.Media.Testing;

/// <summary>
/// The domain's services against an Azurite, with controlled time and ids, and storage created:
/// integration tests send the real command against real storage.
/// </summary>
public sealed class TestServices : IAsyncDisposable
{
    private TestServices(ServiceProvider provider, FakeTimeProvider time, StorageRequestCounter counter)
    {
        Provider = provider;
        Time = time;
        Requests = counter;
    }

    public ServiceProvider Provider { get; }

    public FakeTimeProvider Time { get; }

    public StorageRequestCounter Requests { get; }

    public T Get<T>()
        where T : notnull => Provider.GetRequiredService<T>();

    public T GetKeyed<T>(string key)
        where T : notnull => Provider.GetRequiredKeyedService<T>(key);

    /// <summary>Builds the services; <paramref name="configure"/> adds or replaces registrations, <paramref name="settings"/> overrides settings.</summary>
    public static async Task<TestServices> CreateAsync(
        AzuriteFixture azurite,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null,
        DateTimeOffset? now = null)
    {
        var values = TestSettings.Create(azurite.ConnectionString);
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var time = new FakeTimeProvider(now ?? new DateTimeOffset(2026, 11, 30, 9, 0, 0, TimeSpan.Zero));
        var counter = new StorageRequestCounter();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddSingleton<TimeProvider>(time);
        services.AddSingleton(time);
        var policies = new StoragePipelinePolicies();
        policies.PerCall.Add(counter);
        policies.PerCall.Add(new AzureTransactionRules());
        services.AddSingleton(policies);
        services.AddPauseIaMedia(configuration);
        configure?.Invoke(services);
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
        foreach (var hosted in provider.GetServices<IHostedService>().OfType<StorageInitializer>())
        {
            await hosted.StartAsync(CancellationToken.None);
        }

        counter.Reset();
        return new TestServices(provider, time, counter);
    }

    public async ValueTask DisposeAsync() => await Provider.DisposeAsync();
}
