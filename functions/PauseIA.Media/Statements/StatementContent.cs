using PauseIA.Media.Email;
using PauseIA.Media.Statements.Rendering;

namespace PauseIA.Media.Statements;

/// <summary>Everything that decides what a recipient receives, as an approval covers it.</summary>
public sealed record StatementContent(
    string Markdown,
    string? Title,
    DateTimeOffset? Embargo,
    EmbargoMode? EmbargoMode,
    MailAddress Sender,
    StatementAudience Audience)
{
    /// <summary>The content of a version: its Markdown and front matter, what it was saved with, and our sender.</summary>
    public static StatementContent Of(string markdown, StatementDocument document, string? titleOverride, EmbargoMode? embargoMode, StatementAudience audience, MailOptions mail) =>
        new(markdown, titleOverride ?? document.Title, document.Embargo, embargoMode, SenderOf(mail), audience);

    public static MailAddress SenderOf(MailOptions mail) => new(mail.PressAddress, mail.PressName);
}
