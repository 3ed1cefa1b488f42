using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PauseIA.Media.Functions;

namespace PauseIA.Media.Infra.Tests.Code;

/// <summary>The app's own start-up check (every options class bound with ValidateOnStart), run on a set of app settings.</summary>
public static class AppStartup
{
    /// <summary>What would stop the start, each failure naming its setting; empty when the app would start.</summary>
    public static IReadOnlyList<string> Problems(IReadOnlyDictionary<string, string?> appSettings)
    {
        // App settings reach the app as environment variables, whose "__" the configuration reads as ":".
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(appSettings.Select(s => KeyValuePair.Create(s.Key.Replace("__", ":", StringComparison.Ordinal), s.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddPauseIaMediaFunctions(configuration);
        using var provider = services.BuildServiceProvider();
        try
        {
            provider.GetRequiredService<IStartupValidator>().Validate();
            return [];
        }
        catch (OptionsValidationException ex)
        {
            return ex.Failures.ToList();
        }
        catch (AggregateException ex)
        {
            return ex.InnerExceptions.SelectMany(e => e is OptionsValidationException o ? o.Failures : [e.Message]).ToList();
        }
    }
}
