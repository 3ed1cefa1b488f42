using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using PauseIA.Media.Storage;
using SendGrid;

namespace PauseIA.Media.Email;

public static class EmailServiceCollectionExtensions
{
    public const string SendGridHttpClient = "SendGrid";

    public static IServiceCollection AddEmail(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MailOptions>().Bind(configuration.GetSection(MailOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SendGridOptions>().Bind(configuration.GetSection(SendGridOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddTable(OutboxStore.Name).AddBlobContainer(OutboxStore.Name);
        services.AddSingleton<OutboxStore>();
        services.AddTable(MessageIdIndex.Name).AddSingleton<MessageIdIndex>();
        services.AddTransient<OutboxHttpHandler>();

        // 429 and 5xx are retried with backoff, honouring Retry-After (Polly's default for HTTP).
        services.AddHttpClient(SendGridHttpClient).AddStandardResilienceHandler(o =>
        {
            o.Retry.MaxRetryAttempts = 4;
            o.AttemptTimeout.Timeout = TimeSpan.FromSeconds(30);
            o.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(60);
            o.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(3);
        });

        services.AddSingleton<ISendGridClient>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<SendGridOptions>>().Value;
            if (options.UsesOutbox)
            {
                var outbox = new HttpClient(sp.GetRequiredService<OutboxHttpHandler>());
                return new SendGridClient(outbox, new SendGridClientOptions { ApiKey = "outbox", Host = "https://outbox.invalid" });
            }

            var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(SendGridHttpClient);
            return new SendGridClient(http, new SendGridClientOptions { ApiKey = options.ApiKey, Host = options.BaseUrl.TrimEnd('/') });
        });
        services.AddSingleton<MailSender>();
        return services;
    }
}
