using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Options;
using PauseIA.Media.Common;
using PauseIA.Media.Email;

namespace PauseIA.Media.Statements.Sending;

/// <summary>Writes the statement of record once, and reads it back exactly as written.</summary>
public sealed class StatementRecords(StatementBlobs blobs, SendLedger ledger, StatementContentLoader loader, IOptions<MailOptions> mail)
{
    private static readonly JsonSerializerOptions Indented = new(JsonDefaults.Options) { WriteIndented = true };

    /// <summary>Writes the record of a send whose batches are all settled; a record already there (another run) stays as it is.</summary>
    public async Task WriteAsync(Statement statement, SendPlan plan, IReadOnlyList<SendBatch> batches, DateTimeOffset sentAt, CancellationToken cancellationToken = default)
    {
        var signOff = statement.SignOff!;
        var manifest = ManifestDocument.Parse(await blobs.ReadAsync(StatementBlobs.ManifestBlob(statement.Id, signOff.Manifest), cancellationToken)
            ?? throw new InvalidOperationException("The signed-off manifest vanished during the send."));
        var texts = (await loader.LoadAsync(statement.Id, signOff.Version, cancellationToken)).Texts;
        var primary = texts.Primary.Language;
        var languages = texts.All.Select(v => new RecordedLanguage(
            v.Language,
            v.Language == primary,
            v.Document.Title,
            v.Hash,
            v.Markdown,
            manifest.Recipients.Count(r => (r.Receives ?? primary) == v.Language),
            batches.Where(b => (b.Language ?? primary) == v.Language).Sum(b => b.Sent))).ToList();
        var record = new StatementRecord(
            statement.Id,
            statement.Kind,
            statement.Inquiry,
            statement.Title,
            signOff.Version,
            StatementContentHash.Format,
            signOff.ContentHash,
            StatementContent.SenderOf(mail.Value),
            statement.Audience,
            statement.Embargo,
            statement.EmbargoMode,
            statement.Author,
            statement.Approval!,
            signOff,
            manifest,
            plan,
            statement.SendStartedAt,
            sentAt,
            batches,
            await ledger.ListSkippedAsync(statement.Id, cancellationToken),
            batches.Sum(b => b.Sent),
            batches.Where(b => b.State != BatchState.Sent).Sum(b => b.Recipients - b.Skipped),
            languages);
        await blobs.CreateAsync(StatementBlobs.RecordBlob(statement.Id), JsonSerializer.SerializeToUtf8Bytes(record, Indented), cancellationToken);
    }

    /// <summary>The record as stored (JSON), for export.</summary>
    public async Task<string> ReadAsync(string statementId, CancellationToken cancellationToken = default) =>
        StatementStore.IsKey(statementId) && await blobs.ReadAsync(StatementBlobs.RecordBlob(statementId), cancellationToken) is { } bytes
            ? Encoding.UTF8.GetString(bytes)
            : throw DomainException.NotFound("Pas de relevé : le communiqué n'a pas (encore) été envoyé. / No record: the statement has not been sent (yet).");
}
