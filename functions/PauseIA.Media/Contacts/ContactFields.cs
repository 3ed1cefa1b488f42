using System.Text.Json.Serialization;

namespace PauseIA.Media.Contacts;

/// <summary>
/// The part of a contact that people edit, checked and normalized (see <see cref="ContactValidator"/>).
/// Edits, imports and merges are all expressed on it, and <see cref="Diff"/> names what changed.
/// A <see cref="Contact"/> is these fields plus who it is and what happened to it.
/// </summary>
public record ContactFields
{
    public string? FirstName { get; init; }

    public string? LastName { get; init; }

    public string? Outlet { get; init; }

    public string? OutletDomain { get; init; }

    public MediaType? MediaType { get; init; }

    public IReadOnlyList<string> Beats { get; init; } = [];

    public string? City { get; init; }

    public string? Language { get; init; }

    public string? Phone { get; init; }

    public string? Notes { get; init; }

    /// <summary>The team member who keeps the relationship (their email).</summary>
    public string? Owner { get; init; }

    /// <summary>Null in an edit or an import row that does not say: the contact's own basis stays.</summary>
    public LawfulBasis? LawfulBasis { get; init; }

    /// <summary>These fields alone, without the rest of a <see cref="Contact"/>.</summary>
    [JsonIgnore]
    public ContactFields Fields => new(this);

    /// <summary>The names (as in JSON) of the fields whose value differs in <paramref name="other"/>.</summary>
    public IReadOnlyList<string> Diff(ContactFields other)
    {
        var changed = new List<string>();
        void Check<T>(string name, T a, T b)
        {
            if (!EqualityComparer<T>.Default.Equals(a, b))
            {
                changed.Add(name);
            }
        }

        Check("firstName", FirstName, other.FirstName);
        Check("lastName", LastName, other.LastName);
        Check("outlet", Outlet, other.Outlet);
        Check("outletDomain", OutletDomain, other.OutletDomain);
        Check("mediaType", MediaType, other.MediaType);
        if (!Beats.SequenceEqual(other.Beats, StringComparer.Ordinal))
        {
            changed.Add("beats");
        }

        Check("city", City, other.City);
        Check("language", Language, other.Language);
        Check("phone", Phone, other.Phone);
        Check("notes", Notes, other.Notes);
        Check("owner", Owner, other.Owner);
        Check("lawfulBasis", LawfulBasis, other.LawfulBasis);
        return changed;
    }

    /// <summary>
    /// These fields with the blanks filled from <paramref name="other"/> and the beats of both:
    /// how an import or a merge combines two records without losing what the team typed.
    /// </summary>
    public ContactFields FillBlanksFrom(ContactFields other) => this with
    {
        FirstName = FirstName ?? other.FirstName,
        LastName = LastName ?? other.LastName,
        Outlet = Outlet ?? other.Outlet,
        OutletDomain = OutletDomain ?? other.OutletDomain,
        MediaType = MediaType ?? other.MediaType,
        Beats = UnionBeats(Beats, other.Beats),
        City = City ?? other.City,
        Language = Language ?? other.Language,
        Phone = Phone ?? other.Phone,
        Notes = Notes ?? other.Notes,
        Owner = Owner ?? other.Owner,
        LawfulBasis = LawfulBasis ?? other.LawfulBasis,
    };

    /// <summary>These fields with every value that <paramref name="other"/> has put over them (beats are added, never removed).</summary>
    public ContactFields OverwriteWith(ContactFields other) => other.FillBlanksFrom(this) with { Beats = UnionBeats(Beats, other.Beats) };

    private static IReadOnlyList<string> UnionBeats(IReadOnlyList<string> first, IReadOnlyList<string> second) =>
        second.Count == 0 ? first : first.Concat(second).Distinct(StringComparer.Ordinal).ToList();
}
