using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PauseIA.Media.Contacts;
using PauseIA.Media.Inquiries;

namespace PauseIA.Media.Statements;

// TEMP contract stand-ins: until the contacts and inquiries features are merged, the service provider
// (built with ValidateOnBuild in every test) needs some IJournalistContacts and IInquiryThreads. The
// integrator drops this commit; TryAdd leaves the real registrations (made earlier) untouched anyway.
internal static class TemporaryContractStandIns
{
    public static IServiceCollection AddTemporaryContractStandIns(this IServiceCollection services)
    {
        services.TryAddSingleton<IJournalistContacts, MissingContacts>();
        services.TryAddSingleton<IInquiryThreads, MissingInquiries>();
        return services;
    }

    private sealed class MissingContacts : IJournalistContacts
    {
        public Task<ContactSummary> FindOrCreateFromInquiryAsync(InquirySender sender, CancellationToken cancellationToken = default) => throw Missing();

        public Task<ContactSummary?> FindAsync(string email, CancellationToken cancellationToken = default) => throw Missing();

        public Task RecordActivityAsync(string email, ContactActivity activity, CancellationToken cancellationToken = default) => throw Missing();

        public Task<SuppressionReason?> SuppressionAsync(string email, CancellationToken cancellationToken = default) => throw Missing();

        public Task MarkHardBouncedAsync(string email, string reason, CancellationToken cancellationToken = default) => throw Missing();

        public Task OptOutAsync(string email, string source, CancellationToken cancellationToken = default) => throw Missing();

        public Task<RecipientManifest> ResolveSegmentAsync(string segmentId, CancellationToken cancellationToken = default) => throw Missing();

        public Task<RecipientManifest> ResolveEmailsAsync(IReadOnlyList<string> emails, CancellationToken cancellationToken = default) => throw Missing();
    }

    private sealed class MissingInquiries : IInquiryThreads
    {
        public Task<InquiryReplyContext> GetReplyContextAsync(string reference, CancellationToken cancellationToken = default) => throw Missing();

        public Task RecordOutgoingAsync(string reference, OutgoingThreadMessage message, CancellationToken cancellationToken = default) => throw Missing();
    }

    private static NotSupportedException Missing() => new("TEMP stand-in: the contacts or inquiries feature is not merged yet.");
}
