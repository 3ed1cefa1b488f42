namespace PauseIA.Media.Statements.Rendering;

/// <summary>What to render and the per-send details of the footer.</summary>
/// <param name="Document">The statement.</param>
/// <param name="UnsubscribeUrl">An https address, or a SendGrid substitution tag such as <c>-unsubscribeUrl-</c>, written verbatim in both parts.</param>
/// <param name="ShowEmbargoLine">Whether to print the embargo line (and prefix the subject) when the statement has an embargo.</param>
/// <param name="PrivacyNoticeUrl">Overrides <c>Mail:PrivacyNoticeUrl</c>.</param>
public sealed record RenderRequest(StatementDocument Document, string UnsubscribeUrl, bool ShowEmbargoLine, string? PrivacyNoticeUrl = null);
