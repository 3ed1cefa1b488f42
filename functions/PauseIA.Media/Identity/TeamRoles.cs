namespace PauseIA.Media.Identity;

/// <summary>Role sets named once, so that a change of policy is one line.</summary>
public static class TeamRoles
{
    /// <summary>
    /// The press office: every role but <see cref="TeamRole.LocalLead"/>, whose work is the inquiries and
    /// contacts of their own cities. The press office sees every inquiry and manages the whole contact list.
    /// </summary>
    public static IReadOnlyList<TeamRole> PressOffice { get; } = [TeamRole.Spokesperson, TeamRole.CommsDirector, TeamRole.PressOfficer, TeamRole.Admin];
}
