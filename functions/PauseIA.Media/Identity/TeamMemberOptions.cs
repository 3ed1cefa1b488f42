using System.ComponentModel.DataAnnotations;

namespace PauseIA.Media.Identity;

/// <summary>One entry of <c>Team:Members</c> (<c>Team__Members__0__Email</c> in app settings).</summary>
public sealed class TeamMemberOptions
{
    [Required, EmailAddress]
    public string Email { get; set; } = "";

    [Required]
    public string DisplayName { get; set; } = "";

    [MinLength(1, ErrorMessage = "Each team member needs at least one role.")]
    public List<TeamRole> Roles { get; set; } = [];

    public List<string> Cities { get; set; } = [];

    /// <summary>
    /// The member's other addresses (a personal mailbox), optional: mail the member forwards from one
    /// of them is read as a forward from the team. Never a sign-in identity: only <see cref="Email"/> is.
    /// </summary>
    public List<string> OtherEmails { get; set; } = [];

    [RegularExpression("^(fr|en)$", ErrorMessage = "Language must be fr or en.")]
    public string Language { get; set; } = "fr";
}
