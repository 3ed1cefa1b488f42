using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace PauseIA.Media.Inquiries.Reading;

public static class ReadingServiceCollectionExtensions
{
    /// <summary>The readers of inbound mail (deadline, language, urgency, outlet, signature, forward, city): stateless singletons.</summary>
    public static IServiceCollection AddInquiryReading(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutletOptions>().Bind(configuration.GetSection(OutletOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<OutletOptions>, OutletOptionsValidator>();
        services.AddSingleton<OutletDirectory>();
        services.AddSingleton<DeadlineReader>();
        services.AddSingleton<LanguageDetector>();
        services.AddSingleton<UrgencyAssessor>();
        services.AddSingleton<SignatureReader>();
        services.AddSingleton<ForwardedInquiryReader>();
        services.AddSingleton<CityFinder>();
        return services;
    }
}
