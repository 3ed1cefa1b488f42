namespace PauseIA.Media.Contacts;

/// <summary>What the list holds, for the console's filter menus and counters.</summary>
public sealed record ContactFacets(
    int Total,
    int OptedOut,
    int HardBounced,
    int ReviewDue,
    IReadOnlyList<FacetCount> Beats,
    IReadOnlyList<FacetCount> MediaTypes,
    IReadOnlyList<FacetCount> Cities,
    IReadOnlyList<FacetCount> Languages,
    IReadOnlyList<FacetCount> Outlets,
    IReadOnlyList<FacetCount> Owners);
