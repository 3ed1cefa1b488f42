using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PauseIA.Media.Contacts.Privacy;
using PauseIA.Media.Inquiries.Api;
using PauseIA.Media.Inquiries.Classification;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Inquiries.Mail;
using PauseIA.Media.Inquiries.Processing;
using PauseIA.Media.Inquiries.Reading;
using PauseIA.Media.Inquiries.Routing;
using PauseIA.Media.Storage;

namespace PauseIA.Media.Inquiries;

public static class InquiriesServiceCollectionExtensions
{
    public static IServiceCollection AddInquiries(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<InboundOptions>().Bind(configuration.GetSection(InboundOptions.Section)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<InquiriesOptions>().Bind(configuration.GetSection(InquiriesOptions.Section)).ValidateDataAnnotations()
            .Validate(o => TimeZoneInfo.TryFindSystemTimeZoneById(o.TimeZone, out _), "Inquiries:TimeZone is not a known time zone (e.g. Europe/Paris).")
            .ValidateOnStart();
        services.AddOptions<RoutingOptions>().Bind(configuration.GetSection(RoutingOptions.Section)).ValidateOnStart();
        services.AddSingleton<IValidateOptions<RoutingOptions>, RoutingOptionsValidator>();
        services.AddInquiryReading(configuration);

        services.AddTable(InquiryStore.Name).AddTable(InquiryReferences.Name).AddTable(InboundLog.Name).AddTable(RoutingRulesStore.Name);
        services.AddBlobContainer(InboundArchive.Name).AddQueue(InboundWebhook.QueueName);

        services.AddSingleton<InboundArchive>();
        services.AddSingleton<InboundWebhook>();
        services.AddSingleton<InboundLog>();
        services.AddSingleton<InboundClassifier>();
        services.AddSingleton<InboundHtml>();
        services.AddSingleton<InquiryStore>();
        services.AddSingleton<InquiryReferences>();
        services.AddSingleton<InquiryTime>();

        services.AddSingleton<RoutingTargets>();
        services.AddSingleton<RoutingRulesValidator>();
        services.AddSingleton<RoutingRulesStore>();
        services.AddSingleton<InquiryRouter>();

        services.AddSingleton<InquiryReader>();
        services.AddSingleton<ThreadResolver>();
        services.AddSingleton<AcknowledgementComposer>();
        services.AddSingleton<InquiryAcknowledger>();
        services.AddSingleton<InquiryNotifier>();
        services.AddSingleton<InquiryClaims>();
        services.AddSingleton<InquiryOpener>();
        services.AddSingleton<ThreadAppender>();
        services.AddSingleton<InboundMailFiler>();
        services.AddSingleton<InboundProcessor>();

        services.AddSingleton<InquiryViews>();
        services.AddSingleton<InquiryQueries>();
        services.AddSingleton<InquiryReplyComposer>();
        services.AddSingleton<InquiryCommands>();
        services.AddSingleton<InquiryReplyPreview>();
        services.AddSingleton<InboundQueries>();
        services.AddSingleton<IInquiryThreads, InquiryThreads>();
        services.AddSingleton<InquiryEscalation>();
        services.AddSingleton<InboundRetention>();
        services.AddSingleton<InquiryPersonalData>();
        services.AddSingleton<IPersonalDataSource>(sp => sp.GetRequiredService<InquiryPersonalData>());
        return services;
    }
}
