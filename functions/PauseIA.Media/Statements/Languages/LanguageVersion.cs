using System.Security.Cryptography;
using System.Text;
using PauseIA.Media.Common;
using PauseIA.Media.Statements.Rendering;

namespace PauseIA.Media.Statements.Languages;

/// <summary>
/// One language of a statement version: its Markdown exactly as stored, the title given outside it,
/// and its document as rendered (title resolved; a translation carries the primary text's embargo,
/// which is one for all languages), with the hash of this language on its own.
/// </summary>
public sealed record LanguageVersion(string Language, string Markdown, string? TitleOverride, StatementDocument Document, string Hash)
{
    public static LanguageVersion Primary(string markdown, string? titleOverride)
    {
        var document = StatementDocument.Parse(markdown);
        return Of(document.Language, markdown, titleOverride, document);
    }

    /// <summary>
    /// A translation of <paramref name="primary"/>. Its front matter may give its title, and its
    /// language only if that is <paramref name="language"/>; the embargo and the audience belong to
    /// the primary text, so a translation that sets its own is refused rather than silently overruled.
    /// </summary>
    public static LanguageVersion Translation(string language, string markdown, string? titleOverride, StatementDocument primary)
    {
        var document = StatementDocument.Parse(markdown, defaultLanguage: language);
        if (document.Language != language)
        {
            throw DomainException.BadRequest(
                $"La traduction « {language} » indique la langue {document.Language} dans son en-tête. / The \"{language}\" translation says its language is {document.Language}.");
        }

        if (document.Embargo is not null || document.Audience is not null)
        {
            throw DomainException.BadRequest(
                $"L'embargo et les destinataires se règlent dans le texte principal, pas dans la traduction « {language} ». "
                + $"/ The embargo and the audience are set in the primary text, not in the \"{language}\" translation.");
        }

        return Of(language, markdown, titleOverride, document with { Embargo = primary.Embargo });
    }

    public StatementTranslation ToTranslation() =>
        new(Language, Document.Title, TitleOverride, Hash, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Markdown))));

    private static LanguageVersion Of(string language, string markdown, string? titleOverride, StatementDocument document)
    {
        var resolved = document with { Title = titleOverride ?? document.Title };
        return new LanguageVersion(language, markdown, titleOverride, resolved, StatementContentHash.ComputeLanguage(language, resolved.Title, markdown));
    }
}
