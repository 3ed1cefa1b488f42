using PauseIA.Media.Common;
using PauseIA.Media.Identity;

namespace PauseIA.Media.Contacts;

/// <summary>
/// Who may see and change which contacts. The press team (spokesperson, press officers, the
/// communications director, admins) manages the whole list; a local lead sees and edits only the
/// contacts of their cities, and does nothing list-wide (imports, exports, segments, merges, erasure).
/// </summary>
public static class ContactAccess
{
    public static bool ManagesAll(TeamMember member) => member.HasAnyRole(TeamRoles.PressOffice);

    public static void EnsurePressTeam(TeamMember member)
    {
        if (!ManagesAll(member))
        {
            throw DomainException.Forbidden("Réservé à l'équipe presse. / Only the press team can do this.");
        }
    }

    public static bool CanSee(TeamMember member, string? city) => ManagesAll(member) || InCities(member, city);

    /// <summary>A 403 unless the member may see (and so edit) a contact of <paramref name="city"/>.</summary>
    public static void EnsureCity(TeamMember member, string? city)
    {
        if (!CanSee(member, city))
        {
            throw DomainException.Forbidden(
                $"Ce contact n'est pas de votre ville ({string.Join(", ", member.Cities)}). / This contact is outside your cities.");
        }
    }

    /// <summary>The filter narrowed to what the member may see: a local lead's cities, intersected with those asked for.</summary>
    public static ContactFilter Scope(TeamMember member, ContactFilter filter)
    {
        if (ManagesAll(member))
        {
            return filter;
        }

        var own = member.Cities.Where(c => filter.Cities.Count == 0 || filter.Cities.Any(f => SearchKey.Of(f) == SearchKey.Of(c))).ToList();

        // No city in common: a city no contact has, so the lead sees nothing rather than everything.
        return filter with { Cities = own.Count > 0 ? own : ["\u2205"] };
    }

    private static bool InCities(TeamMember member, string? city) =>
        member.HasRole(TeamRole.LocalLead) && city is not null && member.Cities.Any(c => SearchKey.Of(c) == SearchKey.Of(city));
}
