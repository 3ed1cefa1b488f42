using Microsoft.Extensions.Options;

namespace PauseIA.Media.Identity;

/// <summary>Looks up team members by email and by role.</summary>
public sealed class TeamDirectory(IOptions<TeamOptions> options)
{
    private readonly IReadOnlyList<TeamMember> members = options.Value.Members
        .Select(m => new TeamMember(m.Email.Trim().ToLowerInvariant(), m.DisplayName, m.Roles.Distinct().ToList(), m.Cities, m.Language))
        .ToList();

    public IReadOnlyList<TeamMember> Members => members;

    public TeamMember? Find(string? email) =>
        email is null ? null : members.FirstOrDefault(m => string.Equals(m.Email, email.Trim(), StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<TeamMember> WithRole(TeamRole role) => members.Where(m => m.HasRole(role)).ToList();

    /// <summary>The first member with <paramref name="role"/>; roles checked at start guarantee the spokesperson and director exist.</summary>
    public TeamMember First(TeamRole role) =>
        members.FirstOrDefault(m => m.HasRole(role)) ?? throw new InvalidOperationException($"No team member has the role {role}.");

    /// <summary>The local lead of <paramref name="city"/>, if the association has a group there.</summary>
    public TeamMember? LeadOf(string? city) => members.FirstOrDefault(m => m.LeadsCity(city));

    public bool IsTeamAddress(string? email) => Find(email) is not null;
}
