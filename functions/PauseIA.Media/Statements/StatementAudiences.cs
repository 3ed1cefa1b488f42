using PauseIA.Media.Common;
using PauseIA.Media.Contacts;
using PauseIA.Media.Inquiries;

namespace PauseIA.Media.Statements;

/// <summary>Turns an audience into the recipients it names, through the contact list and the inquiries.</summary>
public sealed class StatementAudiences(IJournalistContacts contacts, IInquiryThreads inquiries)
{
    /// <summary>Refuses (400) an audience that names no segment, no inquiry or addresses that are not contacts.</summary>
    public async Task ValidateAsync(StatementAudience audience, CancellationToken cancellationToken = default)
    {
        if (audience.Emails is { } emails)
        {
            var unknown = new List<string>();
            foreach (var email in emails)
            {
                if (await contacts.FindAsync(email, cancellationToken) is null)
                {
                    unknown.Add(email);
                }
            }

            if (unknown.Count > 0)
            {
                throw DomainException.BadRequest($"Ces adresses ne sont pas des contacts : {string.Join(", ", unknown)}. / These addresses are not contacts.");
            }

            return;
        }

        await ResolveAsync(audience, cancellationToken);
    }

    public async Task<RecipientManifest> ResolveAsync(StatementAudience audience, CancellationToken cancellationToken = default)
    {
        if (audience.Segment is { } segment)
        {
            try
            {
                return await contacts.ResolveSegmentAsync(segment, cancellationToken);
            }
            catch (DomainException ex) when (ex.Kind == DomainErrorKind.NotFound)
            {
                throw DomainException.BadRequest($"Segment inconnu : {segment}. / Unknown segment.");
            }
        }

        if (audience.Inquiry is { } reference)
        {
            // An answer goes in the language the journalist wrote in, whatever their contact card says.
            var thread = await ReplyContextAsync(reference, cancellationToken);
            var manifest = await contacts.ResolveEmailsAsync([thread.JournalistEmail], cancellationToken);
            return manifest with { Recipients = manifest.Recipients.Select(r => r with { Language = thread.Language }).ToList() };
        }

        return await contacts.ResolveEmailsAsync(audience.Emails ?? [], cancellationToken);
    }

    public async Task<InquiryReplyContext> ReplyContextAsync(string reference, CancellationToken cancellationToken = default)
    {
        try
        {
            return await inquiries.GetReplyContextAsync(reference, cancellationToken);
        }
        catch (DomainException ex) when (ex.Kind == DomainErrorKind.NotFound)
        {
            throw DomainException.BadRequest($"Demande inconnue : {reference}. / Unknown inquiry.");
        }
    }
}
