using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
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
        services.AddTable(MailSendLedger.Name).AddBlobContainer(MailSendLedger.Name).AddQueue(MailSendQueue.Name);
        services.AddSingleton<MailSendLedger>().AddSingleton<MailSendQueue>().AddSingleton<MailSends>();
        services.AddTransient<OutboxHttpHandler>();

        // No retry handler: a send must never be retried blindly. A timed-out attempt that SendGrid had
        // accepted would mail its recipients twice (a statement batch up to 1,000 journalists). Each send
        // is recorded with its outcome instead (MailSends, and statement batches' SendLedger), and only
        // what SendGrid refused as temporary is tried again, by a queue.
        // The timeout is a setting that every lease on a send must outlast (MailSendLedger's, statement batches').
        services.AddHttpClient(SendGridHttpClient)
            .ConfigureHttpClient((sp, c) => c.Timeout = sp.GetRequiredService<IOptions<SendGridOptions>>().Value.RequestTimeout);

        services.AddSingleton<ISendGridClient>(sp => CreateClient(sp));
        services.AddSingleton<MailSender>();
        return services;
    }

    private static SendGridClient CreateClient(IServiceProvider sp)
    {
        var options = sp.GetRequiredService<IOptions<SendGridOptions>>().Value;
        if (options.UsesOutbox)
        {
            var outbox = new HttpClient(sp.GetRequiredService<OutboxHttpHandler>());
            return new SendGridClient(outbox, new SendGridClientOptions { ApiKey = "outbox", Host = "https://outbox.invalid" });
        }

        var http = sp.GetRequiredService<IHttpClientFactory>().CreateClient(SendGridHttpClient);
        return new SendGridClient(http, new SendGridClientOptions { ApiKey = options.ApiKey, Host = options.BaseUrl.TrimEnd('/') });
    }
}
