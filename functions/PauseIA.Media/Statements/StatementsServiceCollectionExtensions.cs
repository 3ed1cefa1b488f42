using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PauseIA.Media.Email;
using PauseIA.Media.Markdown;
using PauseIA.Media.Statements.Consistency;
using PauseIA.Media.Statements.DeliveryEvents;
using PauseIA.Media.Statements.Diffs;
using PauseIA.Media.Statements.Rendering;
using PauseIA.Media.Statements.Sending;
using PauseIA.Media.Statements.Unsubscribing;
using PauseIA.Media.Storage;

namespace PauseIA.Media.Statements;

public static class StatementsServiceCollectionExtensions
{
    public static IServiceCollection AddStatements(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StatementsOptions>().Bind(configuration.GetSection(StatementsOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<StatementSendOptions>().Bind(configuration.GetSection(StatementSendOptions.Section)).ValidateDataAnnotations()
            .Validate<IOptions<SendGridOptions>>(
                (send, sendGrid) => send.Lease > sendGrid.Value.RequestTimeout,
                "Statements:Send:Lease must be longer than SendGrid:RequestTimeout: a batch still waiting for SendGrid's answer would be declared unknown.")
            .ValidateOnStart();
        services.AddOptions<EventWebhookOptions>().Bind(configuration.GetSection(EventWebhookOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<EventWebhookOptions>, EventWebhookOptionsValidator>();

        services.AddTable(StatementStore.Name).AddTable(StatementTimeline.Name).AddBlobContainer(StatementBlobs.Name);
        services.AddTable(SendLedger.Name).AddQueue(StatementSendQueue.Name);
        services.AddTable(StatementStatsStore.Name).AddTable(DeliveryEventLog.Name);
        services.AddMarkdown().AddStatementRendering();

        // Drafting and review.
        services.AddSingleton<StatementStore>();
        services.AddSingleton<StatementBlobs>();
        services.AddSingleton<StatementTimeline>();
        services.AddSingleton<StatementAudiences>();
        services.AddSingleton<StatementContentLoader>();
        services.AddSingleton<StatementViews>();
        services.AddSingleton<StatementQueries>();
        services.AddSingleton<StatementNotifier>();
        services.AddSingleton<StatementDrafts>();
        services.AddSingleton<StatementReviews>();
        services.AddSingleton<StatementSignOffs>();
        services.AddSingleton<StatementDiffs>();
        services.AddSingleton<StatementConsistency>();
        services.AddSingleton<StatementReminders>();

        // Sending.
        services.AddSingleton<UnsubscribeTokens>();
        services.AddSingleton<StatementMessageBuilder>();
        services.AddSingleton<StatementPreviews>();
        services.AddSingleton<StatementTestSends>();
        services.AddSingleton<SendReadiness>();
        services.AddSingleton<StatementSendQueue>();
        services.AddSingleton<StatementSends>();
        services.AddSingleton<SendLedger>();
        services.AddSingleton<SendPlanner>();
        services.AddSingleton<BatchSender>();
        services.AddSingleton<StatementRecords>();
        services.AddSingleton<SendFinisher>();
        services.AddSingleton<StatementSendProcessor>();
        services.AddSingleton<StatementScheduler>();
        services.AddSingleton<StatementSendReports>();

        // Back from the recipients.
        services.AddSingleton<UnsubscribeService>();
        services.AddSingleton<StatementStatsStore>();
        services.AddSingleton<DeliveryEventLog>();
        services.AddSingleton<EventSignatureVerifier>();
        services.AddSingleton<UnknownBatchConfirmer>();
        services.AddSingleton<SendGridEventWebhook>();
        return services;
    }
}
