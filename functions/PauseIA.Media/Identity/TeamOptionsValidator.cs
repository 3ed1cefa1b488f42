using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace PauseIA.Media.Identity;

/// <summary>
/// Checks the team at start: each member valid, emails (other addresses included) unique, and at least one
/// spokesperson and one communications director, since no statement can go out without them.
/// Messages name the setting (<c>Team:Members:2:Email</c>) so that the fix is obvious.
/// </summary>
public sealed class TeamOptionsValidator : IValidateOptions<TeamOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.Members.Count; i++)
        {
            var member = options.Members[i];
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(member, new ValidationContext(member), results, validateAllProperties: true);
            failures.AddRange(results.Select(r => $"{TeamOptions.Section}:Members:{i}:{string.Join(",", r.MemberNames)}: {r.ErrorMessage}"));
            if (member.Roles.Contains(TeamRole.LocalLead) && member.Cities.Count == 0)
            {
                failures.Add($"{TeamOptions.Section}:Members:{i}:Cities: a local lead needs at least one city.");
            }

            for (var j = 0; j < member.OtherEmails.Count; j++)
            {
                var text = member.OtherEmails[j].Trim();
                if (!System.Net.Mail.MailAddress.TryCreate(text, out var other) || other.Address != text || !other.Host.Contains('.', StringComparison.Ordinal))
                {
                    failures.Add($"{TeamOptions.Section}:Members:{i}:OtherEmails:{j}: « {member.OtherEmails[j]} » is not an email address.");
                }
            }
        }

        var duplicates = options.Members.SelectMany(m => m.OtherEmails.Prepend(m.Email)).GroupBy(e => e.Trim(), StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1);
        failures.AddRange(duplicates.Select(g => $"{TeamOptions.Section}:Members: {g.Key} appears more than once."));

        foreach (var required in new[] { TeamRole.Spokesperson, TeamRole.CommsDirector })
        {
            if (!options.Members.Any(m => m.Roles.Contains(required)))
            {
                failures.Add($"{TeamOptions.Section}:Members: no member has the role {required}.");
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
