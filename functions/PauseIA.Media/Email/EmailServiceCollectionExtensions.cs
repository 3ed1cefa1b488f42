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

    /// <summary>The client of <see cref="MailSender.BatchKey"/>: one attempt per call, no automatic retry.</summary>
    public const string SendGridBatchHttpClient = "SendGrid.Batches";

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

        // A bulk send must never be retried blindly: a timed-out attempt that SendGrid accepted would reach
        // up to 1,000 journalists twice. Statement batches retry through their own send ledger instead, and
        // set this client's timeout (Statements:Send:RequestTimeout), which their lease must outlast.
        services.AddHttpClient(SendGridBatchHttpClient);

        services.AddSingleton<ISendGridClient>(sp => CreateClient(sp, SendGridHttpClient));
        services.AddKeyedSingleton(MailSender.BatchKey, (sp, _) => ActivatorUtilities.CreateInstance<MailSender>(sp, CreateClient(sp, SendGridBatchHttpClient)));
        services.AddSingleton<MailSender>();
        return services;
    }

    private static SendGridClient CreateClient(IServiceProvider sp, string httpClientName)
    {
        var options = sp.GetRequiredService<IOptions<SendGridOptions>>().Value;
        if (options.UsesOutbox)
        {
            var outbox = new HttpClient(sp.GetRequiredService<OutboxHttpHandler>());
            return new SendGridClient(outbox, new SendGridClientOptions { ApiKey = "outbox", Host = "https://outbox.invalid" });
        }

        var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(httpClientName);
        return new SendGridClient(http, new SendGridClientOptions { ApiKey = options.ApiKey, Host = options.BaseUrl.TrimEnd('/') });
    }
}
