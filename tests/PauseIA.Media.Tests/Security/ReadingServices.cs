using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Security;

/// <summary>
/// The domain's services for pure properties (readers, renderers, validators): the real
/// registrations with the test settings. Nothing here touches storage, so no Azurite is started.
/// </summary>
internal static class ReadingServices
{
    private static readonly Lazy<ServiceProvider> Provider = new(() =>
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(TestSettings.Create("UseDevelopmentStorage=true")).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddPauseIaMedia(configuration);
        return services.BuildServiceProvider();
    });

    public static T Get<T>()
        where T : notnull => Provider.Value.GetRequiredService<T>();
}
