using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PauseIA.Media.Contacts;

public static class ContactsServiceCollectionExtensions
{
    public static IServiceCollection AddContacts(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }
}
