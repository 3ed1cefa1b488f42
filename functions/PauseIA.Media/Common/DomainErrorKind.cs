namespace PauseIA.Media.Common;

/// <summary>The kinds of refusal, each with the HTTP status it maps to.</summary>
public enum DomainErrorKind
{
    BadRequest = 400,
    Forbidden = 403,
    NotFound = 404,
    Conflict = 409,
    PreconditionFailed = 412,
    PayloadTooLarge = 413,
}
