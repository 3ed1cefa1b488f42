namespace PauseIA.Media.Statements.Rendering;

/// <summary>Everything the two templates write, already typeset and checked.</summary>
internal sealed record StatementEmail(
    string Language,
    StatementTexts Texts,
    string Subject,
    string? Title,
    string? EmbargoLine,
    string BodyHtml,
    string BodyText,
    string PressName,
    string PressAddress,
    string UnsubscribeUrl,
    string PrivacyNoticeUrl);
