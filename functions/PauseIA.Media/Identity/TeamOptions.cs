namespace PauseIA.Media.Identity;

/// <summary>The press team, from the <c>Team</c> configuration section.</summary>
public sealed class TeamOptions
{
    public const string Section = "Team";

    public List<TeamMemberOptions> Members { get; set; } = [];
}
