using System.Text.Json;
using Microsoft.Extensions.Logging;
using PauseIA.Media.Common;
using PauseIA.Media.Inquiries.Classification;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Inquiries.Mail;
using PauseIA.Media.Telemetry;

namespace PauseIA.Media.Inquiries.Processing;

/// <summary>
/// Handles one queued email: reads the archived post (or takes it from the message, see
/// <see cref="InboundQueueMessage"/>), classifies it, and files it, threads it or
/// opens an inquiry. Safe to run twice on the same email. Throws only for storage trouble, which
/// the queue retries; an email it cannot read is filed with its problems, never dropped.
/// </summary>
public sealed class InboundProcessor(
    InboundArchive archive,
    InboundClassifier classifier,
    ThreadResolver threads,
    ThreadAppender appender,
    InquiryOpener opener,
    InboundMailFiler filer,
    PressOfficeMetrics metrics,
    ILogger<InboundProcessor> logger)
{
    public async Task ProcessAsync(string queueMessage, CancellationToken cancellationToken = default)
    {
        var message = JsonSerializer.Deserialize<InboundQueueMessage>(queueMessage, JsonDefaults.Options)
            ?? throw new InvalidDataException("Empty inbound queue message.");
        await ProcessAsync(message, cancellationToken);
    }

    /// <summary>Returns the inquiry the email opened or joined, if any.</summary>
    public async Task<string?> ProcessAsync(InboundQueueMessage message, CancellationToken cancellationToken = default)
    {
        var post = message is { Post: { } body, ContentType: { } contentType }
            ? new ArchivedPost(message.Key, body, contentType, message.ReceivedAt)
            : await archive.ReadAsync(message.Key, cancellationToken);
        if (post is null)
        {
            logger.LogWarning("Inbound {Key} is no longer archived (erased or past retention); nothing to do.", message.Key);
            return null;
        }

        var email = await ReadAsync(post, cancellationToken);
        var classification = classifier.Classify(email);
        metrics.InboundReceived(classification.Kind);
        if (classification.Kind != InboundKind.Inquiry)
        {
            await filer.FileAsync(email, classification, cancellationToken);
            return null;
        }

        var thread = await threads.ResolveAsync(email, cancellationToken);
        string? related = null;
        if (thread?.Reference is { } reference)
        {
            var (joined, exists) = await appender.TryAppendAsync(email, reference, cancellationToken);
            if (joined)
            {
                return reference;
            }

            related = exists ? reference : null;
        }

        return await opener.OpenAsync(email, classification, thread?.StatementId, related, cancellationToken);
    }

    private static async Task<InboundEmail> ReadAsync(ArchivedPost post, CancellationToken cancellationToken)
    {
        try
        {
            var form = await InboundFormReader.ReadAsync(post.Body, post.ContentType, cancellationToken);
            return InboundEmailReader.Read(form, post.Key, post.ReceivedAt);
        }
        catch (DomainException ex)
        {
            // The webhook checked the form before archiving it; keep whatever this is, flagged.
            return new InboundEmail
            {
                Key = post.Key,
                ReceivedAt = post.ReceivedAt,
                Problems = [$"Envoi archivé illisible : {ex.Message}"],
            };
        }
    }
}
