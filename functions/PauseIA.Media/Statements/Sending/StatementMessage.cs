using PauseIA.Media.Inquiries;

namespace PauseIA.Media.Statements.Sending;

/// <summary>
/// What a statement email is made of: the statement, its checked content, and the inquiry thread it
/// answers, if any. A test send is marked as such; a test or a preview carries unsubscribe links that unsubscribe nobody.
/// </summary>
public sealed record StatementMessage(
    Statement Statement,
    LoadedVersion Content,
    bool ShowEmbargoLine,
    bool Test,
    InquiryReplyContext? Thread,
    int Batch = 0,
    bool Preview = false);
