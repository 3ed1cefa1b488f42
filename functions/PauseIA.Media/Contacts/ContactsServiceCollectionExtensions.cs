using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Contacts.Duplicates;
using PauseIA.Media.Contacts.Export;
using PauseIA.Media.Contacts.Import;
using PauseIA.Media.Contacts.Privacy;
using PauseIA.Media.Contacts.Segments;
using PauseIA.Media.Storage;

namespace PauseIA.Media.Contacts;

public static class ContactsServiceCollectionExtensions
{
    /// <summary>
    /// The contact list: its tables, the services the HTTP functions call, and
    /// <see cref="IJournalistContacts"/> for the other features. Other features add their
    /// <see cref="IPersonalDataSource"/> so that access exports and erasures reach their data.
    /// </summary>
    public static IServiceCollection AddContacts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ContactsOptions>()
            .Bind(configuration.GetSection(ContactsOptions.Section))
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services
            .AddTable(ContactStore.Name)
            .AddTable(ContactTimeline.Name)
            .AddTable(SuppressionList.Name)
            .AddTable(ContactAuditLog.Name)
            .AddTable(SegmentStore.Name);

        services.AddSingleton<ContactStore>();
        services.AddSingleton<ContactTimeline>();
        services.AddSingleton<SuppressionList>();
        services.AddSingleton<ContactAuditLog>();
        services.AddSingleton<ContactValidator>();
        services.AddSingleton<ContactDirectory>();
        services.AddSingleton<ContactEditor>();
        services.AddSingleton<ContactSuppressor>();
        services.AddSingleton<ContactImportPlanner>();
        services.AddSingleton<ContactImporter>();
        services.AddSingleton<ContactCsvExporter>();
        services.AddSingleton<SegmentStore>();
        services.AddSingleton<RecipientResolver>();
        services.AddSingleton<DuplicateFinder>();
        services.AddSingleton<ContactMerger>();
        services.AddSingleton<PersonalDataExporter>();
        services.AddSingleton<ContactEraser>();
        services.AddSingleton<ContactRetention>();
        services.AddSingleton<ContactPrivacyNotice>();
        services.AddSingleton<IJournalistContacts, JournalistContacts>();
        return services;
    }
}
