namespace PauseIA.Media.Email;

/// <summary>The body of <c>POST api/mail/sends/{relatedId}/{id}/resolve</c>.</summary>
public sealed record MailSendResolutionRequest(MailSendResolution? Outcome);
