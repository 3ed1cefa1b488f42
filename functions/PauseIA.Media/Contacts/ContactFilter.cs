using Azure.Data.Tables;

namespace PauseIA.Media.Contacts;

/// <summary>
/// A search over the list, and the definition of a segment. Within a field any value matches
/// (<c>cities: [Lyon, Paris]</c>); fields combine with AND. Text and cities compare without case
/// or accents. Empty lists and nulls mean "any".
/// </summary>
public sealed record ContactFilter
{
    // Azure Table storage refuses a filter with more than 15 comparisons; beyond that the filter runs here only.
    private const int MaxServerComparisons = 12;

    /// <summary>Words that must all appear in the address, name, outlet, city or beats.</summary>
    public string? Text { get; init; }

    public IReadOnlyList<string> Beats { get; init; } = [];

    public IReadOnlyList<MediaType> MediaTypes { get; init; } = [];

    public IReadOnlyList<string> Cities { get; init; } = [];

    public IReadOnlyList<string> Languages { get; init; } = [];

    public IReadOnlyList<string> Outlets { get; init; } = [];

    /// <summary>Relationship owners (team members' emails).</summary>
    public IReadOnlyList<string> Owners { get; init; } = [];

    public bool? OptedOut { get; init; }

    public bool? HardBounced { get; init; }

    /// <summary>Only contacts that retention flagged for review (true) or only the others (false).</summary>
    public bool? ReviewDue { get; init; }

    public static ContactFilter All { get; } = new();

    /// <summary>The same filter with blanks dropped and values trimmed; JSON may give nulls where lists belong.</summary>
    public ContactFilter Normalize() => this with
    {
        Text = ContactValidator.Line(Text),
        Beats = Clean(Beats, b => b.ToLowerInvariant()),
        MediaTypes = (MediaTypes ?? []).Distinct().ToList(),
        Cities = Clean(Cities, c => c),
        Languages = Clean(Languages, l => l.ToLowerInvariant()),
        Outlets = Clean(Outlets, o => o),
        Owners = Clean(Owners, o => o.ToLowerInvariant()),
    };

    /// <summary>The filter a send resolves: suppression is not a filter there but a reason to leave a contact out.</summary>
    public ContactFilter WithoutSuppression() => this with { OptedOut = null, HardBounced = null };

    public bool Matches(Contact contact)
    {
        if (MediaTypes.Count > 0 && (contact.MediaType is not { } type || !MediaTypes.Contains(type)))
        {
            return false;
        }

        if ((OptedOut is { } optedOut && contact.OptedOut != optedOut)
            || (HardBounced is { } bounced && contact.HardBounced != bounced)
            || (ReviewDue is { } due && contact.ReviewFlaggedAt.HasValue != due))
        {
            return false;
        }

        if (!AnyKey(Cities, contact.City) || !AnyKey(Outlets, contact.Outlet) || !AnyKey(Languages, contact.Language) || !AnyKey(Owners, contact.Owner))
        {
            return false;
        }

        if (Beats.Count > 0 && !Beats.Any(b => contact.Beats.Any(cb => SearchKey.Of(cb) == SearchKey.Of(b))))
        {
            return false;
        }

        if (Text is { Length: > 0 })
        {
            var haystack = SearchKey.Of(string.Join(' ', contact.Email, contact.FirstName, contact.LastName, contact.Outlet, contact.OutletDomain, contact.City, string.Join(' ', contact.Beats)));
            return SearchKey.Of(Text).Split(' ').All(term => haystack.Contains(term, StringComparison.Ordinal));
        }

        return true;
    }

    /// <summary>
    /// The part of the filter that Table storage can apply (exact matches on the normalized columns
    /// and beat flags of <see cref="ContactRow"/>), or null. <see cref="Matches"/> is applied again to
    /// what comes back, so this only saves transfer.
    /// </summary>
    public string? ServerFilter(int reservedComparisons = 0)
    {
        var clauses = new List<(string Clause, int Comparisons)>();
        void AnyOf<T>(IReadOnlyList<T> values, Func<T, string> clause)
        {
            if (values.Count > 0)
            {
                clauses.Add(($"({string.Join(" or ", values.Select(clause))})", values.Count));
            }
        }

        // Beat columns are named from letters, digits and underscores only (ContactRow.BeatColumn), so naming one here is safe.
        AnyOf(Beats, b => $"{ContactRow.BeatColumn(b)} eq true");
        AnyOf(MediaTypes, t => TableClient.CreateQueryFilter($"MediaType eq {t.ToString()}"));
        AnyOf(Cities, c => TableClient.CreateQueryFilter($"CityKey eq {SearchKey.Of(c)}"));
        AnyOf(Languages, l => TableClient.CreateQueryFilter($"Language eq {l}"));
        AnyOf(Outlets, o => TableClient.CreateQueryFilter($"OutletKey eq {SearchKey.Of(o)}"));
        AnyOf(Owners, o => TableClient.CreateQueryFilter($"Owner eq {o}"));
        if (OptedOut is { } optedOut)
        {
            clauses.Add((TableClient.CreateQueryFilter($"OptedOut eq {optedOut}"), 1));
        }

        if (HardBounced is { } bounced)
        {
            clauses.Add((TableClient.CreateQueryFilter($"HardBounced eq {bounced}"), 1));
        }

        var kept = new List<string>();
        var budget = MaxServerComparisons - reservedComparisons;
        foreach (var (clause, comparisons) in clauses.OrderBy(c => c.Comparisons))
        {
            if (comparisons <= budget)
            {
                kept.Add(clause);
                budget -= comparisons;
            }
        }

        return kept.Count == 0 ? null : string.Join(" and ", kept);
    }

    private static bool AnyKey(IReadOnlyList<string> wanted, string? value) =>
        wanted.Count == 0 || (value is not null && wanted.Any(w => SearchKey.Of(w) == SearchKey.Of(value)));

    private static List<string> Clean(IReadOnlyList<string>? values, Func<string, string> normalize) =>
        (values ?? []).Select(ContactValidator.Line).OfType<string>().Select(normalize).Distinct(StringComparer.Ordinal).ToList();
}
