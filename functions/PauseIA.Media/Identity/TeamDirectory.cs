using Microsoft.Extensions.Options;

namespace PauseIA.Media.Identity;

/// <summary>Looks up team members by email and by role.</summary>
/// <remarks>
/// The team is read on first use, not when the directory is made: validators of other settings
/// depend on it, and an invalid team must not stop their validation before it is reported.
/// </remarks>
public sealed class TeamDirectory(IOptions<TeamOptions> options)
{
    private readonly Lazy<IReadOnlyList<TeamMember>> team = new(() => options.Value.Members
        .Select(m => new TeamMember(m.Email.Trim().ToLowerInvariant(), m.DisplayName, m.Roles.Distinct().ToList(), m.Cities, m.Language))
        .ToList());

    private readonly Lazy<IReadOnlyDictionary<string, string>> otherAddresses = new(() => options.Value.Members
        .SelectMany(m => m.OtherEmails.Select(other => (Other: other.Trim().ToLowerInvariant(), Email: m.Email.Trim().ToLowerInvariant())))
        .ToDictionary(a => a.Other, a => a.Email, StringComparer.OrdinalIgnoreCase));

    public IReadOnlyList<TeamMember> Members => team.Value;

    public TeamMember? Find(string? email) =>
        email is null ? null : Members.FirstOrDefault(m => string.Equals(m.Email, email.Trim(), StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<TeamMember> WithRole(TeamRole role) => Members.Where(m => m.HasRole(role)).ToList();

    /// <summary>The first member with <paramref name="role"/>; roles checked at start guarantee the spokesperson and director exist.</summary>
    public TeamMember First(TeamRole role) =>
        Members.FirstOrDefault(m => m.HasRole(role)) ?? throw new InvalidOperationException($"No team member has the role {role}.");

    /// <summary>The local lead of <paramref name="city"/>, if the association has a group there.</summary>
    public TeamMember? LeadOf(string? city) => Members.FirstOrDefault(m => m.LeadsCity(city));

    /// <summary>The member writing from <paramref name="email"/>: their team address or one of their other addresses. Not for sign-in, which is <see cref="Find"/>.</summary>
    public TeamMember? FindByAnyAddress(string? email) =>
        Find(email) ?? (email is not null && otherAddresses.Value.TryGetValue(email.Trim(), out var member) ? Find(member) : null);

    /// <summary>Whether mail from <paramref name="email"/> is a team member's, from their team address or another one they listed.</summary>
    public bool IsTeamAddress(string? email) => FindByAnyAddress(email) is not null;
}
