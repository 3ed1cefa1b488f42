using PauseIA.Media.Common;
using PauseIA.Media.Statements.Languages;

namespace PauseIA.Media.Statements.Rendering;

/// <summary>
/// A statement as its author wrote it: Markdown with an optional YAML front matter giving its
/// title, language (<c>fr</c> by default), embargo and audience.
/// </summary>
/// <param name="Body">The Markdown after the front matter.</param>
/// <param name="Title">The title, on one line; the subject of the email.</param>
/// <param name="Language"><c>fr</c> or <c>en</c>.</param>
/// <param name="Embargo">Not to be published before this instant.</param>
/// <param name="Audience">Who the statement is for, as the author put it.</param>
public sealed record StatementDocument(string Body, string? Title, string Language, DateTimeOffset? Embargo, string? Audience)
{
    /// <summary>
    /// Reads the front matter and separates it from the body. Invalid YAML, an unknown field or a
    /// bad value is refused with a message naming the field (<see cref="DomainException.BadRequest"/>),
    /// since a misspelt <c>embargo</c> silently ignored would release the statement early.
    /// </summary>
    /// <param name="markdown">The text, front matter included.</param>
    /// <param name="defaultLanguage">The language of a text whose front matter names none: French for a primary text, its own for a translation.</param>
    public static StatementDocument Parse(string markdown, string defaultLanguage = StatementLanguages.French)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var (yaml, firstLine, body) = FrontMatter.Split(markdown);
        var fields = yaml is null ? FrontMatter.Empty with { Language = defaultLanguage } : FrontMatter.Read(yaml, firstLine, defaultLanguage);
        return new StatementDocument(body, fields.Title, fields.Language, fields.Embargo, fields.Audience);
    }
}
