using System.Text.Json.Nodes;

namespace PauseIA.Media.Contacts.Privacy;

/// <summary>
/// Personal data that another feature holds about a person (inquiries, statement sends), so that
/// the access export includes it and erasure reaches it. A feature registers its implementation with
/// <c>services.AddSingleton&lt;IPersonalDataSource, X&gt;()</c>; the contacts feature enumerates them all.
/// Addresses are passed normalized (trimmed, lower-case).
/// </summary>
public interface IPersonalDataSource
{
    /// <summary>The section of the access export, in camelCase (<c>inquiries</c>, <c>statementSends</c>).</summary>
    string Name { get; }

    /// <summary>Everything held about the address, as JSON; null when nothing.</summary>
    Task<JsonNode?> ExportAsync(string email, CancellationToken cancellationToken = default);

    /// <summary>
    /// Removes the person's data, or replaces the address and the name with <paramref name="pseudonym"/>
    /// where the record must stay (an inquiry's reference, statistics); returns how many records changed.
    /// Must be idempotent: an erasure that failed half-way is run again.
    /// </summary>
    Task<int> EraseAsync(string email, string pseudonym, CancellationToken cancellationToken = default);
}
