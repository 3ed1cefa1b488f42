using System.Security.Cryptography;
using System.Text;
using Azure;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PauseIA.Media.Common;
using PauseIA.Media.Identity;
using SendGrid.Helpers.Mail;

namespace PauseIA.Media.Email;

/// <summary>
/// Sends single mails once and records each outcome in the <see cref="MailSendLedger"/>, as statement
/// batches do in theirs. SendGrid answering 429 or 5xx did not take the request (its retry rules
/// say so): nothing left, so a background mail waits and is tried again by the queue, at most
/// <see cref="MaxAttempts"/> times, honouring Retry-After; then, or for any other refusal, it is
/// refused for a person to see. A person who sent a mail (a reply) is told of the refusal at once
/// and sends again themselves. A request that may have left without an answer (a timeout, a
/// dropped connection) is unknown: never sent again until a person decides, or a SendGrid event
/// proves it was accepted.
/// </summary>
public sealed class MailSends(MailSender sender, MailSendLedger ledger, MailSendQueue queue, IIdGenerator ids, IOptions<SendGridOptions> options, TimeProvider time, ILogger<MailSends> logger)
{
    /// <summary>Attempts of a mail SendGrid keeps deferring (429/5xx) before a person is asked.</summary>
    public const int MaxAttempts = 5;

    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(15);

    /// <summary>
    /// Sends <paramref name="mail"/> as <paramref name="messageId"/>, once, and answers how it went.
    /// <paramref name="interactive"/>: a person waits for the answer (no queue retry; they are told).
    /// <paramref name="key"/>: the send's id when work that may run again sends it (an email the queue redelivers,
    /// see <see cref="KeyOf"/>). Each run then derives the same key: the first to record it sends, and a later run
    /// gets that send as it stands, never a second one.
    /// </summary>
    public Task<MailSend> SendAsync(OutgoingMail mail, string messageId, bool interactive = false, string? key = null, CancellationToken cancellationToken = default)
    {
        var id = key ?? ids.NewId();
        return StartAsync(id, sender.Build(mail, messageId, id), mail.Kind, mail.RelatedId, messageId, interactive, cancellationToken);
    }

    /// <summary>
    /// The key of the mail of <paramref name="kind"/> to <paramref name="recipient"/> that the work <paramref name="work"/>
    /// sends (an inbound email's key): the same in every run of it, and a table key whatever the address holds.
    /// </summary>
    public static string KeyOf(string work, MailKind kind, string recipient) =>
        $"{work}.{kind}.{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(recipient.ToLowerInvariant())))[..16]}";

    /// <summary>The same for a message built elsewhere (a statement's test send), with one personalization.</summary>
    public Task<MailSend> SendAsync(SendGridMessage message, MailKind kind, string relatedId, string messageId, bool interactive, CancellationToken cancellationToken = default)
    {
        var id = ids.NewId();
        message.AddCustomArg(MailSender.SendIdArgument, id);
        return StartAsync(id, message, kind, relatedId, messageId, interactive, cancellationToken);
    }

    /// <summary>The queue's turn on a deferred send; anything else (settled meanwhile) is left alone.</summary>
    public async Task RetryAsync(string relatedId, string id, CancellationToken cancellationToken = default)
    {
        if (await ledger.FindAsync(relatedId, id, time.GetUtcNow(), cancellationToken) is not { State: MailSendState.Deferred } deferred)
        {
            return;
        }

        var payload = await ledger.ReadPayloadAsync(deferred, cancellationToken);
        if (await ledger.TryReplaceAsync(Sending(deferred), cancellationToken) is { } sending)
        {
            await AttemptAsync(sending, payload);
        }
    }

    /// <summary>A person's decision on a send that needs one: an Admin's or the spokesperson's, as for statement batches.</summary>
    public async Task<MailSend> ResolveAsync(TeamMember member, string relatedId, string id, MailSendResolutionRequest? request, CancellationToken cancellationToken = default)
    {
        if (!member.HasAnyRole([TeamRole.Admin, TeamRole.Spokesperson]))
        {
            throw DomainException.Forbidden("Seul un·e administrateur·rice ou le·la porte-parole décide d'un envoi. / Only an Admin or the spokesperson decides on a send.");
        }

        var outcome = request?.Outcome ?? throw DomainException.BadRequest("Décision requise : sent, resend ou abandon. / Outcome required: sent, resend or abandon.");
        var now = time.GetUtcNow();
        var send = await ledger.FindAsync(relatedId, id, now, cancellationToken) ?? throw DomainException.NotFound("Envoi introuvable. / Send not found.");
        var next = (outcome, send.State) switch
        {
            (MailSendResolution.Sent, MailSendState.Unknown) => send with { State = MailSendState.Sent, ResolvedBy = member.Email, UpdatedAt = now },
            (MailSendResolution.Resend, MailSendState.Unknown or MailSendState.Refused) => Sending(send),
            (MailSendResolution.Abandon, MailSendState.Unknown or MailSendState.Refused) => send with { State = MailSendState.Abandoned, ResolvedBy = member.Email, UpdatedAt = now },
            _ => throw DomainException.Conflict($"Décision « {outcome} » impossible pour un envoi à l'état « {send.State} ». / Cannot {outcome} a send that is {send.State}."),
        };
        var saved = await ledger.TryReplaceAsync(next, cancellationToken)
            ?? throw DomainException.Conflict("L'envoi a changé entre-temps ; rechargez. / The send changed meanwhile; reload.");
        logger.LogInformation("{Member} resolved send {Id} ({Kind}, {RelatedId}): {From} → {Outcome}", member.Email, id, send.Kind, relatedId, send.State, outcome);
        return outcome == MailSendResolution.Resend
            ? await AttemptAsync(saved with { ResolvedBy = member.Email }, await ledger.ReadPayloadAsync(saved, cancellationToken))
            : saved;
    }

    /// <summary>A SendGrid event about an unknown send proves that SendGrid accepted it (as for batches, <c>UnknownBatchConfirmer</c>).</summary>
    public async Task ConfirmAsync(string relatedId, string id, string evidence, CancellationToken cancellationToken = default)
    {
        if (await ledger.FindAsync(relatedId, id, time.GetUtcNow(), cancellationToken) is { State: MailSendState.Unknown } unknown
            && await ledger.TryReplaceAsync(unknown with { State = MailSendState.Sent, ResolvedBy = "sendgrid", Error = $"Confirmé par un événement SendGrid « {evidence} ». / Confirmed by a SendGrid event.", UpdatedAt = time.GetUtcNow() }, cancellationToken) is not null)
        {
            logger.LogInformation("Send {Id} ({RelatedId}): Unknown → Sent, confirmed by a SendGrid {Evidence} event", id, relatedId, evidence);
        }
    }

    public Task<MailSend?> GetAsync(string relatedId, string id, CancellationToken cancellationToken = default) =>
        ledger.FindAsync(relatedId, id, time.GetUtcNow(), cancellationToken);

    /// <summary>The sends about one inquiry or statement.</summary>
    public Task<IReadOnlyList<MailSend>> ForAsync(string relatedId, CancellationToken cancellationToken = default) =>
        ledger.ListAsync(relatedId, time.GetUtcNow(), cancellationToken);

    public Task<IReadOnlyList<MailSend>> NeedingDecisionAsync(CancellationToken cancellationToken = default) =>
        ledger.NeedingDecisionAsync(time.GetUtcNow(), cancellationToken);

    private async Task<MailSend> StartAsync(string id, SendGridMessage message, MailKind kind, string? relatedId, string messageId, bool interactive, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var recipients = message.Personalizations.SelectMany(p => (p.Tos ?? []).Concat(p.Ccs ?? [])).Select(a => a.Email).ToList();
        var subject = message.Subject ?? message.Personalizations.Select(p => p.Subject).FirstOrDefault(s => s is not null) ?? "";
        var payload = message.Serialize();
        MailSend send;
        try
        {
            send = await ledger.AddAsync(new MailSend
            {
                Id = id,
                RelatedId = relatedId ?? "none",
                Kind = kind,
                To = recipients,
                Subject = subject,
                MessageId = messageId,
                Interactive = interactive,
                Attempts = 1,
                CreatedAt = now,
                UpdatedAt = now,
            }, payload, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // An earlier run of the same work recorded this send before its request could leave: it is that run's.
            logger.LogInformation("Send {Id} ({Kind}, {RelatedId}) was recorded by an earlier run; not sent again", id, kind, relatedId);
            return await ledger.FindAsync(relatedId ?? "none", id, now, cancellationToken)
                ?? throw new InvalidOperationException($"Send {id} exists and cannot be read.");
        }

        return await AttemptAsync(send, payload);
    }

    private MailSend Sending(MailSend send) => send with
    {
        State = MailSendState.Sending,
        Attempts = send.Attempts + 1,
        Error = null,
        NotBefore = null,
        UpdatedAt = time.GetUtcNow(),
    };

    private async Task<MailSend> AttemptAsync(MailSend sending, string payload)
    {
        MailSend outcome;
        try
        {
            // Not cancellable: abandoning a request half-way would leave SendGrid's answer unknown.
            var receipt = await sender.SendAsync(payload, CancellationToken.None);
            outcome = sending with { State = MailSendState.Sent, ProviderMessageId = receipt, UpdatedAt = time.GetUtcNow() };
        }
        catch (MailDeliveryException ex) when (ex.IsTransient)
        {
            outcome = Deferred(sending, $"SendGrid {(int)ex.Status}", ex.RetryAfter);
        }
        catch (MailDeliveryException ex)
        {
            outcome = sending with { State = MailSendState.Refused, Error = ex.Message, UpdatedAt = time.GetUtcNow() };
        }
        catch (HttpRequestException ex) when (ex.HttpRequestError is HttpRequestError.NameResolutionError or HttpRequestError.ConnectionError or HttpRequestError.SecureConnectionError)
        {
            // No connection was made, so SendGrid cannot have the request.
            outcome = Deferred(sending, ex.Message, null);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            logger.LogError(ex, "Send {Id} ({Kind}, {RelatedId}): SendGrid's answer is unknown", sending.Id, sending.Kind, sending.RelatedId);
            outcome = sending with { State = MailSendState.Unknown, Error = $"Réponse de SendGrid inconnue / SendGrid's answer is unknown: {ex.Message}", UpdatedAt = time.GetUtcNow() };
        }

        // SendGrid has answered (or not): record it even if the host is shutting down.
        var recorded = await ledger.TryReplaceAsync(outcome, CancellationToken.None) ?? outcome;
        if (recorded.State == MailSendState.Deferred)
        {
            await queue.EnqueueAsync(recorded, recorded.NotBefore!.Value - time.GetUtcNow(), CancellationToken.None);
        }
        else if (recorded.State != MailSendState.Sent)
        {
            logger.LogWarning("Send {Id} ({Kind}, {RelatedId}) is {State}: {Error}", recorded.Id, recorded.Kind, recorded.RelatedId, recorded.State, recorded.Error);
        }

        return recorded;
    }

    private MailSend Deferred(MailSend sending, string reason, TimeSpan? retryAfter)
    {
        var now = time.GetUtcNow();
        if (sending.Interactive || sending.Attempts >= MaxAttempts)
        {
            var why = sending.Interactive ? reason : $"{reason} ; abandonné après {sending.Attempts} essais / abandoned after {sending.Attempts} attempts";
            return sending with { State = MailSendState.Refused, Error = why, UpdatedAt = now };
        }

        var wait = retryAfter ?? options.Value.RetryBaseDelay * Math.Pow(2, sending.Attempts - 1);
        wait = wait > MaxRetryDelay ? MaxRetryDelay : wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        return sending with { State = MailSendState.Deferred, Error = reason, NotBefore = now + wait, UpdatedAt = now };
    }
}
