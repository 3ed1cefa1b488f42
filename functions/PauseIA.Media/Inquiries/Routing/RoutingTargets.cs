using PauseIA.Media.Identity;

namespace PauseIA.Media.Inquiries.Routing;

/// <summary>Turns a rule's target (an email, a role, or <c>cityLead</c>) into a team member, and names it in French.</summary>
public sealed class RoutingTargets(TeamDirectory team)
{
    public const string CityLead = "cityLead";

    public const string AnyLeadCity = "*";

    private static readonly Dictionary<string, TeamRole> Roles = new(StringComparer.OrdinalIgnoreCase)
    {
        ["spokesperson"] = TeamRole.Spokesperson,
        ["commsDirector"] = TeamRole.CommsDirector,
        ["pressOfficer"] = TeamRole.PressOfficer,
        ["admin"] = TeamRole.Admin,
    };

    public TeamDirectory Team => team;

    public TeamMember? Resolve(string target, string? city)
    {
        if (string.Equals(target, CityLead, StringComparison.OrdinalIgnoreCase))
        {
            return team.LeadOf(city);
        }

        return Roles.TryGetValue(target, out var role) ? team.WithRole(role) is [var first, ..] ? first : null : team.Find(target);
    }

    /// <summary>Why <paramref name="target"/> cannot be used, or null when it can.</summary>
    public string? Problem(string target, bool ruleNamesCities)
    {
        if (string.IsNullOrWhiteSpace(target))
        {
            return "destinataire vide / empty target";
        }

        if (string.Equals(target, CityLead, StringComparison.OrdinalIgnoreCase))
        {
            return ruleNamesCities ? null : "« cityLead » exige une condition sur la ville / cityLead needs a city condition";
        }

        if (Roles.TryGetValue(target, out var role))
        {
            return team.WithRole(role).Count > 0 ? null : $"aucun membre n'a le rôle {role} / no member has that role";
        }

        if (target.Contains('@', StringComparison.Ordinal))
        {
            return team.Find(target) is null ? $"{target} ne fait pas partie de l'équipe / not a team member" : null;
        }

        return $"« {target} » n'est ni une adresse de l'équipe, ni un rôle (spokesperson, commsDirector, pressOfficer, admin), ni cityLead / unknown target";
    }

    /// <summary>"responsable local·e Léa Dubois", "porte-parole Camille Martin".</summary>
    public static string Describe(TeamMember member, string target)
    {
        var role = string.Equals(target, CityLead, StringComparison.OrdinalIgnoreCase) ? TeamRole.LocalLead
            : Roles.TryGetValue(target, out var named) ? named
            : member.Roles is [var first, ..] ? first : TeamRole.PressOfficer;
        return $"{RoleLabel(role)} {member.DisplayName}";
    }

    public static string RoleLabel(TeamRole role) => role switch
    {
        TeamRole.Spokesperson => "porte-parole",
        TeamRole.CommsDirector => "directeur·rice de la communication de PauseAI",
        TeamRole.LocalLead => "responsable local·e",
        TeamRole.PressOfficer => "bénévole presse",
        _ => "admin",
    };
}
