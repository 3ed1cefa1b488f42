using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PauseIA.Media.Inquiries.Reading;

// TEMP stand-in: the reading helper's real registration replaces this file.
public static class ReadingServiceCollectionExtensions
{
    public static IServiceCollection AddInquiryReading(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton<DeadlineReader>();
        services.AddSingleton<LanguageDetector>();
        services.AddSingleton<UrgencyAssessor>();
        services.AddSingleton<OutletDirectory>();
        services.AddSingleton<SignatureReader>();
        services.AddSingleton<ForwardedInquiryReader>();
        services.AddSingleton<CityFinder>();
        return services;
    }
}
