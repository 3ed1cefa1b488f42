using System.Text.Json.Serialization;

namespace PauseIA.Media.Contacts;

/// <summary>
/// What a person sends to create or edit a contact (the JSON body, one CSV row): every field as typed.
/// <see cref="ContactValidator"/> turns it into <see cref="ContactFields"/> or says what is wrong.
/// Read-only fields of <see cref="Contact"/> sent back in a body are ignored, so a client can PUT what it got.
/// </summary>
public sealed record ContactInput
{
    public string? Email { get; init; }

    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Outlet { get; init; }

    public string? OutletDomain { get; init; }

    /// <summary><c>print</c>, <c>tv</c>, <c>radio</c>, <c>web</c>, <c>agency</c>, or their French names.</summary>
    public string? MediaType { get; init; }

    public IReadOnlyList<string>? Beats { get; init; }

    public string? City { get; init; }

    public string? Language { get; init; }

    public string? Phone { get; init; }

    public string? Notes { get; init; }

    /// <summary>A team member's email (or display name in a spreadsheet).</summary>
    public string? Owner { get; init; }

    public LawfulBasis? LawfulBasis { get; init; }

    /// <summary>The version being edited, when the client cannot send <c>If-Match</c>.</summary>
    [JsonPropertyName("etag")]
    public string? ETag { get; init; }
}
