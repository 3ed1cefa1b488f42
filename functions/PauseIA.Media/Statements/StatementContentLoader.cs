using System.Text;
using Microsoft.Extensions.Options;
using PauseIA.Media.Common;
using PauseIA.Media.Email;
using PauseIA.Media.Statements.Rendering;

namespace PauseIA.Media.Statements;

/// <summary>
/// Reads a version back from its blob and recomputes its content hash from those bytes and the
/// current sender: what is checked against an approval is what would really be sent.
/// </summary>
public sealed class StatementContentLoader(StatementStore store, StatementBlobs blobs, IOptions<MailOptions> mail)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public async Task<LoadedVersion> LoadAsync(string statementId, int number, CancellationToken cancellationToken = default)
    {
        var version = await store.FindVersionAsync(statementId, number, cancellationToken)
            ?? throw DomainException.NotFound($"Version {number} introuvable. / Version not found.");
        var bytes = await blobs.ReadAsync(StatementBlobs.VersionBlob(statementId, number), cancellationToken)
            ?? throw DomainException.Conflict($"Le texte de la version {number} a disparu du stockage. / The text of version {number} is missing from storage.");
        string markdown;
        try
        {
            markdown = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw DomainException.Conflict($"Le texte de la version {number} est altéré. / The text of version {number} is corrupt.");
        }

        var document = StatementDocument.Parse(markdown);
        var hash = StatementContentHash.Compute(StatementContent.Of(markdown, document, version.TitleOverride, version.EmbargoMode, version.Audience, mail.Value));
        return new LoadedVersion(version, markdown, document with { Title = version.TitleOverride ?? document.Title }, hash);
    }
}
