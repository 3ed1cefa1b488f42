using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PauseIA.Media.Identity;

public static class IdentityServiceCollectionExtensions
{
    public static IServiceCollection AddIdentity(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TeamOptions>().Bind(configuration.GetSection(TeamOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TeamOptions>, TeamOptionsValidator>();
        services.AddOptions<IdentityOptions>().Configure(o => o.TrustClientPrincipal =
            string.Equals(configuration[IdentityOptions.EasyAuthSetting], "true", StringComparison.OrdinalIgnoreCase)
            || string.Equals(configuration[IdentityOptions.LocalHostSetting], "true", StringComparison.OrdinalIgnoreCase));
        services.AddSingleton<TeamDirectory>();
        services.AddSingleton<AccessPolicy>();
        return services;
    }
}
