using PauseIA.Media.Common;

namespace PauseIA.Media.Contacts;

/// <summary>
/// The version a client edits (a contact, a segment): the ETag it read, from <c>If-Match</c> or from the body. A stale one is
/// refused with 412 when it came as <c>If-Match</c> (RFC 9110), with 409 otherwise; never overwritten.
/// </summary>
public sealed record ExpectedVersion(string ETag, bool FromIfMatch)
{
    public DomainException Stale() => FromIfMatch
        ? DomainException.PreconditionFailed("Modifié entre-temps par quelqu'un d'autre : rechargez avant de modifier. / It changed since you read it (If-Match failed).")
        : DomainException.Conflict("Modifié entre-temps par quelqu'un d'autre : rechargez avant de modifier. / It changed since you read it.");

    /// <summary>The version from a header or a body; an edit without one is refused rather than applied blind.</summary>
    public static ExpectedVersion Require(string? ifMatch, string? bodyETag)
    {
        var version = !string.IsNullOrWhiteSpace(ifMatch) ? new ExpectedVersion(ifMatch.Trim(), true)
            : !string.IsNullOrWhiteSpace(bodyETag) ? new ExpectedVersion(bodyETag.Trim(), false)
            : throw DomainException.BadRequest("Version manquante : envoyez l'en-tête If-Match ou le champ etag lu avec la ressource. / An If-Match header or an etag field is required.");

        // "*" would match any version: exactly the blind overwrite that versions exist to prevent.
        return version.ETag == "*"
            ? throw DomainException.BadRequest("If-Match: * n'est pas accepté : envoyez la version lue. / Send the ETag you read, not *.")
            : version;
    }
}
