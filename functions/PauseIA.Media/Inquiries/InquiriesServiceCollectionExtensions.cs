using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PauseIA.Media.Inquiries;

public static class InquiriesServiceCollectionExtensions
{
    public static IServiceCollection AddInquiries(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }
}
