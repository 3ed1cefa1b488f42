using Azure;

namespace PauseIA.Media.Statements;

/// <summary>A statement as read, with the ETag that guards its next update.</summary>
public sealed record StoredStatement(Statement Statement, ETag ETag)
{
    /// <summary>Refuses with 412 when the caller's <c>If-Match</c> is not the current ETag; no header means no check.</summary>
    public StoredStatement Matching(string? ifMatch) =>
        ifMatch is null || ifMatch.Trim() == "*" || ifMatch.Trim() == ETag.ToString()
            ? this
            : throw Common.DomainException.PreconditionFailed(
                "Le communiqué a changé depuis votre lecture ; rechargez-le. / The statement changed since you read it; reload it.");
}
