using PauseIA.Media.Email;
using PauseIA.Media.Statements.Languages;
using PauseIA.Media.Statements.Rendering;

namespace PauseIA.Media.Statements;

/// <summary>Everything that decides what a recipient receives, as an approval covers it: every language version.</summary>
public sealed record StatementContent(
    string Markdown,
    string? Title,
    DateTimeOffset? Embargo,
    EmbargoMode? EmbargoMode,
    MailAddress Sender,
    StatementAudience Audience)
{
    /// <summary>The translations, each with its own title and Markdown; the primary text is <see cref="Markdown"/>.</summary>
    public IReadOnlyList<LanguageVersion> Translations { get; init; } = [];

    /// <summary>The content of a version: its texts and front matter, what it was saved with, and our sender.</summary>
    public static StatementContent Of(LanguageVersion primary, IReadOnlyList<LanguageVersion> translations, EmbargoMode? embargoMode, StatementAudience audience, MailOptions mail) =>
        new(primary.Markdown, primary.Document.Title, primary.Document.Embargo, embargoMode, SenderOf(mail), audience) { Translations = translations };

    public static MailAddress SenderOf(MailOptions mail) => new(mail.PressAddress, mail.PressName);
}
