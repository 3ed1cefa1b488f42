namespace PauseIA.Media.Common;

/// <summary>
/// A refusal the caller can act on. The HTTP edge maps <see cref="Kind"/> to a 4xx with
/// <c>{ "error": Message }</c>; anything else that escapes is a bug and becomes a 500.
/// </summary>
public class DomainException(DomainErrorKind kind, string message) : Exception(message)
{
    public DomainErrorKind Kind { get; } = kind;

    public static DomainException BadRequest(string message) => new(DomainErrorKind.BadRequest, message);

    public static DomainException NotFound(string message) => new(DomainErrorKind.NotFound, message);

    public static DomainException Conflict(string message) => new(DomainErrorKind.Conflict, message);

    public static DomainException PreconditionFailed(string message) => new(DomainErrorKind.PreconditionFailed, message);

    public static DomainException Forbidden(string message) => new(DomainErrorKind.Forbidden, message);

    public static DomainException TooLarge(string message) => new(DomainErrorKind.PayloadTooLarge, message);
}
