using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace PauseIA.Media.Statements;

public static class StatementsServiceCollectionExtensions
{
    public static IServiceCollection AddStatements(this IServiceCollection services, IConfiguration configuration)
    {
        return services;
    }
}
