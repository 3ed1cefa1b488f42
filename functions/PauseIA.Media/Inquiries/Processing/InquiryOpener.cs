using Microsoft.Extensions.Logging;
using PauseIA.Media.Common;
using PauseIA.Media.Contacts;
using PauseIA.Media.Email;
using PauseIA.Media.Identity;
using PauseIA.Media.Inquiries.Classification;
using PauseIA.Media.Inquiries.Mail;
using PauseIA.Media.Inquiries.Routing;
using PauseIA.Media.Telemetry;

namespace PauseIA.Media.Inquiries.Processing;

/// <summary>
/// Opens an inquiry from a new email: reads it, finds or creates the journalist, routes it,
/// claims a reference, stores the inquiry with its first messages in one transaction, then sends
/// the acknowledgement and the notifications. Each mail is keyed by the email and its recipient, so
/// a redelivered email sends what an earlier attempt did not record, and never mails anyone twice.
/// A journalist's second answer to a statement joins the inquiry their first answer opened instead.
/// </summary>
public sealed class InquiryOpener(
    InquiryReader reader,
    IJournalistContacts contacts,
    RoutingRulesStore rules,
    InquiryRouter router,
    TeamDirectory team,
    InquiryClaims claims,
    ThreadAppender appender,
    InquiryAcknowledger acknowledger,
    InquiryStore store,
    MessageIdIndex index,
    InquiryNotifier notifier,
    MailSends sends,
    IIdGenerator ids,
    PressOfficeMetrics metrics,
    TimeProvider time,
    ILogger<InquiryOpener> logger)
{
    public async Task<string?> OpenAsync(InboundEmail email, InboundClassification classification, string? statementId, string? relatedReference, CancellationToken cancellationToken = default)
    {
        var ruleSet = await rules.GetAsync(cancellationToken: cancellationToken);
        var facts = reader.Read(email, Cities(ruleSet.Rules));
        var contact = await contacts.FindOrCreateFromInquiryAsync(
            new InquirySender(facts.Journalist.Email, facts.Journalist.Name, facts.Outlet?.Name, facts.Outlet?.Domain, facts.Outlet?.MediaType, facts.City, facts.Language),
            cancellationToken);
        var routing = router.Route(ruleSet.Rules, new RoutingFacts(facts.Journalist.Email, facts.Outlet, facts.City, facts.CitySource, facts.Language, $"{facts.Subject}\n{facts.Body}"));
        var (recipient, skipReason) = acknowledger.Recipient(email, facts, contact, routing);
        var filedUnder = facts.ForwardedBy is null ? email.ReturnAddress ?? email.SenderAddress : facts.Journalist.Email;
        var claim = await claims.ClaimAsync(email, classification, filedUnder, recipient is not null, statementId, cancellationToken);
        if (claim.Joins)
        {
            // Found in the same read as the claim: one inquiry per journalist per statement.
            if ((await appender.TryAppendAsync(email, claim.Reference, cancellationToken)).Joined)
            {
                return claim.Reference;
            }

            claim = await claims.ClaimAsync(email, classification, filedUnder, recipient is not null, statementId: null, cancellationToken);
        }

        var now = time.GetUtcNow();
        var inquiry = new Inquiry
        {
            Reference = claim.Reference,
            Subject = facts.Subject,
            Journalist = facts.Journalist with { Name = facts.Journalist.Name ?? (contact is null ? null : NameOf(contact)) },
            Outlet = facts.Outlet,
            City = facts.City,
            Language = facts.Language,
            Deadline = facts.Deadline,
            Urgent = facts.Urgency.Urgent,
            UrgencyReason = facts.Urgency.Reason,
            Priority = routing.Priority,
            Assignee = routing.Assignee,
            Watchers = routing.Watchers.Concat(team.Find(facts.ForwardedBy) is { } forwarder ? [forwarder.Email] : []).Where(w => w != routing.Assignee).Distinct().ToList(),
            RoutingRule = routing.Rule,
            RoutingReason = routing.Reason,
            StatementId = statementId,
            RelatedReference = relatedReference,
            ForwardedBy = facts.ForwardedBy,
            ReceivedAt = email.ReceivedAt,
            LastMessageAt = email.ReceivedAt,
            Acknowledged = claim.Acknowledge,
        };

        var first = InboundMessages.Received(email, InquiryMessageKind.Inquiry);
        var messages = new List<InquiryMessage> { first };
        (OutgoingMail Mail, string MessageId)? acknowledgement = null;
        if (claim.Acknowledge)
        {
            acknowledgement = acknowledger.Prepare(inquiry, email, recipient!, contact!.PrivacyNoticeDue, now);
            messages.Add(InboundMessages.Sent(acknowledgement.Value.Mail, acknowledgement.Value.MessageId, InquiryMessageKind.Acknowledgement, now, acknowledger.PressAddress));
        }

        // A tick apart, so that the timeline reads in this order.
        List<InquiryEvent> timeline =
        [
            Event(now, InquiryEventKind.Received, facts.ForwardedBy is null ? $"Reçue de {facts.Journalist.Email}." : $"Transférée par {facts.ForwardedBy}, de {facts.Journalist.Email}."),
            Event(now.AddTicks(1), InquiryEventKind.Routed, $"Routage (règle « {routing.Rule} ») : {routing.Reason}"),
            claim.Acknowledge
                ? Event(now.AddTicks(2), InquiryEventKind.Acknowledged, $"Accusé de réception envoyé à {recipient}.")
                : Event(now.AddTicks(2), InquiryEventKind.AcknowledgementSkipped, skipReason ?? $"Un accusé de réception a déjà été envoyé récemment à {recipient} : un seul par expéditeur et par période."),
        ];
        if (contact is null)
        {
            timeline.Add(Event(now.AddTicks(3), InquiryEventKind.Problem,
                $"Contact non créé : la liste de contacts refuse l'adresse « {facts.Journalist.Email} » (une adresse simple, un domaine à point, 254 caractères au plus). Répondez depuis une adresse vérifiée, ou créez le contact à la main. / No contact: the address is not one the contact list accepts."));
        }

        var created = await store.CreateAsync(inquiry, messages, timeline, cancellationToken);
        await RegisterAsync(email.MessageId, inquiry, cancellationToken);
        if (created == SaveOutcome.Duplicate)
        {
            await ResumeAsync(email, inquiry, acknowledgement?.Mail, contact, facts.Body, cancellationToken);
            return claim.Reference;
        }

        var problems = new List<string>();
        if (acknowledgement is { } ack)
        {
            // Under the address it goes to, so that a delivery report for it can be checked (InboundMailFiler).
            await RegisterAsync(ack.MessageId, inquiry, cancellationToken, recipient);
            problems.AddRange(await AcknowledgeAsync(email, ack.Mail, ack.MessageId, contact, cancellationToken));
        }

        await contacts.RecordActivityAsync(inquiry.Journalist.Email, new ContactActivity(ContactActivityKind.Inquiry, $"Demande {inquiry.Reference} : {inquiry.Subject}", inquiry.Reference, facts.ForwardedBy, email.ReceivedAt), cancellationToken);
        problems.AddRange(await notifier.NotifyNewAsync(inquiry, facts.Body, email.Key, cancellationToken: cancellationToken));
        await NoteProblemsAsync(inquiry.Reference, problems, cancellationToken);
        return inquiry.Reference;
    }

    /// <summary>
    /// An earlier run of this email stored its inquiry and may have died before its mails were recorded (the queue
    /// then delivers the email again). What that run recorded is its own, sent or left to a person; what it did not
    /// record never left (a send is recorded before its request), and goes now, under the stored Message-ID.
    /// </summary>
    private async Task ResumeAsync(InboundEmail email, Inquiry inquiry, OutgoingMail? acknowledgement, ContactSummary? contact, string excerpt, CancellationToken cancellationToken)
    {
        var recorded = (await sends.ForAsync(inquiry.Reference, cancellationToken)).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var problems = new List<string>();
        if (acknowledgement is not null && !recorded.Contains(InquiryAcknowledger.KeyOf(email, acknowledgement.To[0].Email))
            && (await store.FindThreadAsync(inquiry.Reference, cancellationToken))?.Messages.FirstOrDefault(m => m.Kind == InquiryMessageKind.Acknowledgement)?.MessageId is { } messageId)
        {
            problems.AddRange(await AcknowledgeAsync(email, acknowledgement, messageId, contact, cancellationToken));
        }

        problems.AddRange(await notifier.NotifyNewAsync(inquiry, excerpt, email.Key, recorded, cancellationToken));
        logger.LogInformation("Inbound {Key} opened {Reference} already; its mails not recorded then are sent now.", email.Key, inquiry.Reference);
        await NoteProblemsAsync(inquiry.Reference, problems, cancellationToken);
    }

    /// <summary>Sends the acknowledgement; answers the problem to note when it did not simply leave.</summary>
    private async Task<IReadOnlyList<string>> AcknowledgeAsync(InboundEmail email, OutgoingMail acknowledgement, string messageId, ContactSummary? contact, CancellationToken cancellationToken)
    {
        var sent = await acknowledger.SendAsync(email, acknowledgement, messageId, cancellationToken);
        if (sent.State == MailSendState.Sent)
        {
            metrics.Acknowledged(time.GetUtcNow() - email.ReceivedAt);
            if (contact?.PrivacyNoticeDue == true)
            {
                await contacts.MarkPrivacyNoticeSentAsync(contact.Email, cancellationToken);
            }
        }

        return InquiryNotifier.Problem(sent, $"L'accusé de réception à {acknowledgement.To[0].Email}") is { } problem ? [problem] : [];
    }

    private async Task NoteProblemsAsync(string reference, List<string> problems, CancellationToken cancellationToken)
    {
        if (problems.Count > 0)
        {
            await store.AppendAsync(reference, [], problems.Select((p, i) => Event(time.GetUtcNow().AddTicks(i), InquiryEventKind.Problem, p)), cancellationToken);
        }
    }

    /// <summary>The cities a city can be recognised as: the local leads' and those the rules name.</summary>
    private IEnumerable<string> Cities(IReadOnlyList<RoutingRule> rules) =>
        team.WithRole(TeamRole.LocalLead).SelectMany(m => m.Cities)
            .Concat(rules.SelectMany(r => r.When.Cities).Where(c => c != RoutingTargets.AnyLeadCity))
            .Distinct(StringComparer.OrdinalIgnoreCase);

    private async Task RegisterAsync(string? messageId, Inquiry inquiry, CancellationToken cancellationToken, string? sentTo = null)
    {
        if (messageId is not null)
        {
            await index.RegisterAsync(new MessageIdEntry(messageId, MessageIdOwner.Inquiry, inquiry.Reference, sentTo ?? inquiry.Journalist.Email), cancellationToken);
        }
    }

    private InquiryEvent Event(DateTimeOffset at, InquiryEventKind kind, string text) => new(ids.NewId(), at, kind, null, text);

    private static string? NameOf(ContactSummary contact) => contact.DisplayName == contact.Email ? null : contact.DisplayName;
}
