using PauseIA.Media.Identity;

namespace PauseIA.Media.Contacts.Duplicates;

/// <summary>
/// Finds contacts that are likely one person under two addresses: the same name (without case or
/// accents) at the same outlet, or at the same outlet domain. The same address twice cannot happen:
/// the normalized address is the key, and imports and creations merge into it.
/// </summary>
public sealed class DuplicateFinder(ContactStore store)
{
    public async Task<IReadOnlyList<DuplicateGroup>> FindAsync(TeamMember member, CancellationToken cancellationToken = default)
    {
        ContactAccess.EnsurePressTeam(member);
        var contacts = await store.ListAsync(ContactFilter.All, searchColumnsOnly: true, cancellationToken);
        var named = contacts.Where(c => SearchKey.Of(c.FirstName).Length > 0 && SearchKey.Of(c.LastName).Length > 0).ToList();
        var groups = new List<DuplicateGroup>();
        var grouped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (reason, key) in new (string, Func<Contact, string?>)[]
        {
            ("sameNameAndOutlet", c => SearchKey.Of(c.Outlet) is { Length: > 0 } outlet ? outlet : null),
            ("sameNameAndOutletDomain", c => c.OutletDomain),
        })
        {
            foreach (var group in named.Where(c => key(c) is not null).GroupBy(c => $"{SearchKey.Of(c.FirstName)} {SearchKey.Of(c.LastName)}|{key(c)}").Where(g => g.Count() > 1))
            {
                // A pair already found by outlet name is not listed again by domain.
                var members = group.OrderBy(c => c.Email, StringComparer.Ordinal).ToList();
                if (grouped.Add(string.Join('|', members.Select(m => m.Email))))
                {
                    groups.Add(new DuplicateGroup(reason, members));
                }
            }
        }

        return groups;
    }
}
