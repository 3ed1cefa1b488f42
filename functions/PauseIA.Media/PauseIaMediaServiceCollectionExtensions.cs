using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PauseIA.Media.Common;
using PauseIA.Media.Contacts;
using PauseIA.Media.Email;
using PauseIA.Media.Health;
using PauseIA.Media.Identity;
using PauseIA.Media.Inquiries;
using PauseIA.Media.Markdown;
using PauseIA.Media.Queues;
using PauseIA.Media.Statements;
using PauseIA.Media.Storage;
using PauseIA.Media.Telemetry;

namespace PauseIA.Media;

public static class PauseIaMediaServiceCollectionExtensions
{
    /// <summary>Every service of the domain, as both hosts and the integration tests use them.</summary>
    public static IServiceCollection AddPauseIaMedia(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<IIdGenerator, RandomIdGenerator>();
        services.AddOptions<KeyVaultReferences>()
            .Configure(o => o.Unresolved.AddRange(configuration.AsEnumerable()
                .Where(s => s.Value?.TrimStart().StartsWith(KeyVaultReferences.Prefix, StringComparison.OrdinalIgnoreCase) == true)
                .Select(s => s.Key)
                .Order(StringComparer.Ordinal)))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<KeyVaultReferences>, KeyVaultReferencesValidator>();
        services.AddMetrics();
        services.TryAddSingleton<PressOfficeMetrics>();
        services.TryAddSingleton<PoisonQueueWatch>();
        services.AddStorage(configuration);
        services.AddIdentity(configuration);
        services.AddEmail(configuration);
        services.AddSingleton<HealthService>();
        services.AddMarkdown();
        services.AddContacts(configuration);
        services.AddInquiries(configuration);
        services.AddStatements(configuration);
        services.AddQueueFailures();
        return services;
    }
}
