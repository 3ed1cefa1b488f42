using PauseIA.Media.Common;
using PauseIA.Media.Identity;

namespace PauseIA.Media.Inquiries.Api;

/// <summary>
/// Who sees which inquiry: the press team (spokesperson, director, press officers, admins) sees
/// all; a local lead sees those assigned to or watched by them, and those of their cities.
/// </summary>
public static class InquiryAccess
{
    public static bool SeesAll(TeamMember member) => member.HasAnyRole(TeamRoles.PressOffice);

    public static bool CanSee(TeamMember member, Inquiry inquiry) =>
        SeesAll(member) || inquiry.Involves(member.Email) || (inquiry.City is not null && member.LeadsCity(inquiry.City));

    /// <summary>The inquiry if <paramref name="member"/> may see it; 404 when missing, 403 when not theirs.</summary>
    public static T Check<T>(TeamMember member, string reference, T? found, Func<T, Inquiry> inquiry)
        where T : class
    {
        if (found is null)
        {
            throw DomainException.NotFound($"Demande {reference} introuvable. / Inquiry not found.");
        }

        return CanSee(member, inquiry(found))
            ? found
            : throw DomainException.Forbidden($"La demande {reference} n'est ni attribuée à vous ni de vos villes. / Not one of your inquiries.");
    }
}
