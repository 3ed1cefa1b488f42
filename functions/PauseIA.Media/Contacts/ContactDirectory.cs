using PauseIA.Media.Common;
using PauseIA.Media.Identity;

namespace PauseIA.Media.Contacts;

/// <summary>Reading the list as a team member may: search, one contact, its timeline, and counts for the filters.</summary>
public sealed class ContactDirectory(ContactStore store, ContactTimeline timeline)
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public Task<ContactPage> ListAsync(TeamMember member, ContactFilter filter, int? limit, string? continuation, CancellationToken cancellationToken = default) =>
        store.PageAsync(ContactAccess.Scope(member, filter.Normalize()), PageSize(limit), continuation, cancellationToken);

    public async Task<Contact> GetAsync(TeamMember member, string email, CancellationToken cancellationToken = default)
    {
        var contact = await store.GetAsync(ContactEmail.Normalize(email), cancellationToken);
        ContactAccess.EnsureCity(member, contact.City);
        return contact;
    }

    public async Task<TimelinePage> TimelineAsync(TeamMember member, string email, int? limit, string? continuation, CancellationToken cancellationToken = default)
    {
        var contact = await GetAsync(member, email, cancellationToken);
        return await timeline.PageAsync(contact, PageSize(limit), continuation, cancellationToken);
    }

    public async Task<ContactFacets> FacetsAsync(TeamMember member, CancellationToken cancellationToken = default)
    {
        var contacts = await store.ListAsync(ContactAccess.Scope(member, ContactFilter.All), searchColumnsOnly: true, cancellationToken);
        return new ContactFacets(
            contacts.Count,
            contacts.Count(c => c.OptedOut),
            contacts.Count(c => c.HardBounced),
            contacts.Count(c => c.ReviewFlaggedAt is not null),
            Count(contacts.SelectMany(c => c.Beats)),
            Count(contacts.Select(c => c.MediaType is { } type ? MediaTypes.Code(type) : null)),
            Count(contacts.Select(c => c.City)),
            Count(contacts.Select(c => c.Language)),
            Count(contacts.Select(c => c.Outlet)),
            Count(contacts.Select(c => c.Owner)));
    }

    private static int PageSize(int? limit) => limit switch
    {
        null => DefaultPageSize,
        >= 1 and <= MaxPageSize => limit.Value,
        _ => throw DomainException.BadRequest($"limit doit être entre 1 et {MaxPageSize}. / limit must be between 1 and {MaxPageSize}."),
    };

    // Spellings differ ("Lyon", "LYON"): values group by search key and show the most frequent spelling.
    private static List<FacetCount> Count(IEnumerable<string?> values) =>
        values.OfType<string>()
            .GroupBy(SearchKey.Of)
            .Where(g => g.Key.Length > 0)
            .Select(g => new FacetCount(g.GroupBy(v => v, StringComparer.Ordinal).OrderByDescending(s => s.Count()).First().Key, g.Count()))
            .OrderByDescending(f => f.Count)
            .ThenBy(f => f.Value, StringComparer.Ordinal)
            .ToList();
}
