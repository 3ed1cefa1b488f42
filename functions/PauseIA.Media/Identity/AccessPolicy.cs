using Microsoft.Extensions.Options;

namespace PauseIA.Media.Identity;

/// <summary>Maps the Easy Auth principal to a team member and checks its roles.</summary>
public sealed class AccessPolicy(TeamDirectory team, IOptions<IdentityOptions> options)
{
    /// <summary>The signed-in member, or null when nobody (trusted) is signed in or the email is not on the team.</summary>
    public TeamMember? CurrentMember(string? principalHeader) =>
        options.Value.TrustClientPrincipal ? team.Find(ClientPrincipalHeader.Read(principalHeader)?.Email) : null;

    public AccessDecision Check(string? principalHeader, IReadOnlyCollection<TeamRole> allowedRoles)
    {
        var principal = options.Value.TrustClientPrincipal ? ClientPrincipalHeader.Read(principalHeader) : null;
        if (principal is null)
        {
            return AccessDecision.Unauthenticated("Connexion requise. / Sign-in required.");
        }

        if (principal.Email is null)
        {
            return AccessDecision.Forbidden("Ce compte ne fournit pas d'adresse e-mail vérifiée (preferred_username ou email). / This account gives no verified email address.");
        }

        var member = team.Find(principal.Email);
        if (member is null)
        {
            return AccessDecision.Forbidden($"{principal.Email} ne fait pas partie de l'équipe presse. / Not a member of the press team.");
        }

        if (allowedRoles.Count > 0 && !member.HasAnyRole(allowedRoles))
        {
            return AccessDecision.Forbidden($"Rôle requis : {string.Join(", ", allowedRoles)}. / Requires one of these roles.");
        }

        return AccessDecision.Allowed(member);
    }
}
