namespace PauseIA.Media.Identity;

/// <summary>A member of the press team, as configured under <c>Team:Members</c>.</summary>
public sealed record TeamMember(
    string Email,
    string DisplayName,
    IReadOnlyList<TeamRole> Roles,
    IReadOnlyList<string> Cities,
    string Language)
{
    public bool HasRole(TeamRole role) => Roles.Contains(role);

    public bool HasAnyRole(IEnumerable<TeamRole> roles) => roles.Any(HasRole);

    /// <summary>Whether this member leads the local group of <paramref name="city"/> (case and accents as written).</summary>
    public bool LeadsCity(string? city) =>
        city is not null && HasRole(TeamRole.LocalLead) && Cities.Any(c => string.Equals(c, city.Trim(), StringComparison.OrdinalIgnoreCase));
}
