using System.Text.Json;
using System.Text.Json.Nodes;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Common;
using PauseIA.Media.Contacts.Privacy;
using PauseIA.Media.Email;
using PauseIA.Media.Inquiries.Inbound;

namespace PauseIA.Media.Inquiries;

/// <summary>
/// What inquiries hold about a journalist, for the contacts feature's access export and erasure.
/// Erasure pseudonymises rather than deletes the inquiries, so that the team's own record (who
/// answered what, when) stays whole: the journalist's address, name, words and attachments go,
/// as do the raw archived emails and their other mail.
/// </summary>
public sealed class InquiryPersonalData(
    InquiryStore store,
    InboundLog log,
    InboundArchive archive,
    [FromKeyedServices(MessageIdIndex.Name)] TableClient messageIds,
    IIdGenerator ids,
    TimeProvider time) : IPersonalDataSource
{
    private const string Erased = "[effacé / erased]";

    /// <summary>Saves of one inquiry's head, each after reading it again, before the erasure gives up visibly.</summary>
    private const int MaxSaveAttempts = 20;

    public string Name => "inquiries";

    public async Task<JsonNode?> ExportAsync(string email, CancellationToken cancellationToken = default)
    {
        var export = await ExportPersonalDataAsync(email, cancellationToken);
        return export.Inquiries.Count == 0 && export.OtherMail.Count == 0 ? null : JsonSerializer.SerializeToNode(export, JsonDefaults.Options);
    }

    public async Task<InquiryPersonalDataExport> ExportPersonalDataAsync(string email, CancellationToken cancellationToken = default)
    {
        var threads = new List<InquiryThread>();
        await foreach (var inquiry in store.ListByJournalistAsync(email, cancellationToken))
        {
            if (await store.FindThreadAsync(inquiry.Reference, cancellationToken) is { } thread)
            {
                threads.Add(thread);
            }
        }

        return new InquiryPersonalDataExport(email.Trim().ToLowerInvariant(), threads, await log.ListFromAsync(email, cancellationToken));
    }

    /// <summary>
    /// Pseudonymises the journalist's inquiries as <paramref name="pseudonym"/> and deletes their other
    /// mail; answers how many records changed. An inquiry edited meanwhile is read and scrubbed again
    /// until it is saved; one that keeps changing stops the erasure with a 409, to be run again (it is idempotent).
    /// </summary>
    public async Task<int> EraseAsync(string email, string pseudonym, CancellationToken cancellationToken = default)
    {
        var normalized = email.Trim().ToLowerInvariant();
        var standIn = new MailAddress(pseudonym);
        var now = time.GetUtcNow();
        var changed = 0;
        await foreach (var inquiry in store.ListByJournalistAsync(normalized, cancellationToken))
        {
            var thread = await store.FindThreadAsync(inquiry.Reference, cancellationToken);
            if (thread is null)
            {
                continue;
            }

            foreach (var key in thread.Messages.Select(m => m.ArchiveKey).OfType<string>())
            {
                await archive.DeleteAsync(key, cancellationToken);
            }

            await store.ReplaceRowsAsync(
                inquiry.Reference,
                thread.Messages.Select(m => Scrub(m, normalized, standIn)),
                thread.Events.Where(e => e.Text.Contains(normalized, StringComparison.OrdinalIgnoreCase))
                    .Select(e => e with { Text = e.Text.Replace(normalized, pseudonym, StringComparison.OrdinalIgnoreCase) }),
                cancellationToken);
            Inquiry Scrubbed(Inquiry current) => current with
            {
                Journalist = standIn,
                Subject = Erased,
                Deadline = current.Deadline is { } d ? d with { Phrase = "" } : null,
            };
            Inquiry? scrubbed = Scrubbed(thread.Inquiry);
            var note = new InquiryEvent(ids.NewId(), now, InquiryEventKind.Erased, null, "Données personnelles du·de la journaliste effacées (RGPD). / Personal data erased.");
            for (var attempt = 1; scrubbed is not null && await store.SaveAsync(scrubbed, [], [note], cancellationToken) == SaveOutcome.Stale; attempt++)
            {
                if (attempt == MaxSaveAttempts)
                {
                    throw DomainException.Conflict(
                        $"L'effacement de {inquiry.Reference} a perdu {attempt} fois contre des modifications simultanées : relancez l'effacement. / The erasure of {inquiry.Reference} kept losing to concurrent edits; run it again.");
                }

                scrubbed = await store.FindAsync(inquiry.Reference, cancellationToken) is { } current ? Scrubbed(current) : null;
            }

            changed += scrubbed is null ? 0 : 1;
        }

        foreach (var record in await log.ListFromAsync(normalized, cancellationToken))
        {
            await archive.DeleteAsync(record.Key, cancellationToken);
            await log.DeleteAsync(record, cancellationToken);
            changed++;
        }

        await foreach (var entry in messageIds.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"ContactEmail eq {normalized}"), cancellationToken: cancellationToken))
        {
            entry["ContactEmail"] = null;
            await messageIds.UpdateEntityAsync(entry, entry.ETag, TableUpdateMode.Replace, cancellationToken);
        }

        return changed;
    }

    /// <summary>The journalist's words and address out of a message; our own texts to them lose the address and greeting too.</summary>
    private static InquiryMessage Scrub(InquiryMessage message, string email, MailAddress pseudonym)
    {
        static IReadOnlyList<MailAddress> Replace(IReadOnlyList<MailAddress> list, string email, MailAddress pseudonym) =>
            list.Select(a => string.Equals(a.Email, email, StringComparison.OrdinalIgnoreCase) ? pseudonym : a).ToList();

        var fromJournalist = string.Equals(message.From.Email, email, StringComparison.OrdinalIgnoreCase);
        var toJournalist = message.To.Concat(message.Cc).Any(a => string.Equals(a.Email, email, StringComparison.OrdinalIgnoreCase));
        if (!fromJournalist && !toJournalist && message.Direction == MessageDirection.Outbound)
        {
            return message;
        }

        return message with
        {
            From = fromJournalist ? pseudonym : message.From,
            To = Replace(message.To, email, pseudonym),
            Cc = Replace(message.Cc, email, pseudonym),
            Subject = Erased,
            Text = Erased,
            Html = null,
            Attachments = [],
            ArchiveKey = null,
        };
    }
}
