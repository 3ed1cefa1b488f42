namespace PauseIA.Media.Statements.Rendering;

// TEMP stand-in: the rendering helper's RenderRequest replaces this file.
public sealed record RenderRequest(StatementDocument Document, string UnsubscribeUrl, bool ShowEmbargoLine, string? PrivacyNoticeUrl = null);
