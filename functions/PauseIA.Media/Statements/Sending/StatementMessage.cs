using PauseIA.Media.Inquiries;
using PauseIA.Media.Statements.Languages;

namespace PauseIA.Media.Statements.Sending;

/// <summary>
/// What a statement email is made of: the statement, its checked content and the language version
/// sent (the primary one when <see cref="Language"/> is null), and the inquiry thread it answers, if
/// any. A test send is marked as such; a test or a preview carries unsubscribe links that unsubscribe nobody.
/// </summary>
public sealed record StatementMessage(
    Statement Statement,
    LoadedVersion Content,
    bool ShowEmbargoLine,
    bool Test,
    InquiryReplyContext? Thread,
    int Batch = 0,
    bool Preview = false,
    string? Language = null)
{
    /// <summary>The version this message carries.</summary>
    public LanguageVersion Version => Content.Texts.In(Language);
}
