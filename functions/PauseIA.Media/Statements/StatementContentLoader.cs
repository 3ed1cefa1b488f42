using System.Text;
using Microsoft.Extensions.Options;
using PauseIA.Media.Common;
using PauseIA.Media.Email;
using PauseIA.Media.Statements.Languages;

namespace PauseIA.Media.Statements;

/// <summary>
/// Reads a version back from its blobs, every language, and recomputes its content hash from those
/// bytes and the current sender: what is checked against an approval is what would really be sent.
/// </summary>
public sealed class StatementContentLoader(StatementStore store, StatementBlobs blobs, IOptions<MailOptions> mail)
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public async Task<LoadedVersion> LoadAsync(string statementId, int number, CancellationToken cancellationToken = default)
    {
        var version = await store.FindVersionAsync(statementId, number, cancellationToken)
            ?? throw DomainException.NotFound($"Version {number} introuvable. / Version not found.");
        var primary = LanguageVersion.Primary(await ReadAsync(StatementBlobs.VersionBlob(statementId, number), number, cancellationToken), version.TitleOverride);
        var translations = new List<LanguageVersion>();
        foreach (var translation in version.Translations)
        {
            var markdown = await ReadAsync(StatementBlobs.TranslationBlob(statementId, number, translation.Language), number, cancellationToken);
            translations.Add(LanguageVersion.Translation(translation.Language, markdown, translation.TitleOverride, primary.Document));
        }

        var texts = new VersionTexts(primary, translations);
        var hash = StatementContentHash.Compute(StatementContent.Of(primary, translations, version.EmbargoMode, version.Audience, mail.Value));
        return new LoadedVersion(version, texts, hash);
    }

    private async Task<string> ReadAsync(string blob, int number, CancellationToken cancellationToken)
    {
        var bytes = await blobs.ReadAsync(blob, cancellationToken)
            ?? throw DomainException.Conflict($"Le texte de la version {number} a disparu du stockage. / The text of version {number} is missing from storage.");
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            throw DomainException.Conflict($"Le texte de la version {number} est altéré. / The text of version {number} is corrupt.");
        }
    }
}
