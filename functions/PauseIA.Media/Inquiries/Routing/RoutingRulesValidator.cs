using System.Text.RegularExpressions;
using PauseIA.Media.Contacts;

namespace PauseIA.Media.Inquiries.Routing;

/// <summary>
/// Checks a rule list before it is used: names unique, targets that exist in the team, known
/// languages, a local lead for every named city a <c>cityLead</c> rule relies on. Each problem
/// names the rule, so the Admin knows what to fix.
/// </summary>
public sealed partial class RoutingRulesValidator(RoutingTargets targets)
{
    public const int MaxRules = 50;

    public IReadOnlyList<string> Problems(IReadOnlyList<RoutingRule>? rules, string prefix = "Règle")
    {
        if (rules is null || rules.Count == 0)
        {
            return ["Au moins une règle est nécessaire. / At least one rule is required."];
        }

        if (rules.Count > MaxRules)
        {
            return [$"Au plus {MaxRules} règles. / At most {MaxRules} rules."];
        }

        var problems = new List<string>();
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            if (rule is null)
            {
                problems.Add($"{prefix} {i + 1} : vide / empty rule.");
                continue;
            }

            var label = $"{prefix} {i + 1} (« {rule.Name} »)";
            problems.AddRange(RuleProblems(rule, names).Select(p => $"{label} : {p}."));
        }

        return problems;
    }

    private IEnumerable<string> RuleProblems(RoutingRule rule, HashSet<string> names)
    {
        if (string.IsNullOrWhiteSpace(rule.Name) || rule.Name.Length > 60 || rule.Name.Any(char.IsControl))
        {
            yield return "nom requis, 60 caractères au plus / a name of at most 60 characters is required";
        }
        else if (!names.Add(rule.Name.Trim()))
        {
            yield return "nom déjà utilisé par une autre règle / duplicate name";
        }

        var when = rule.When ?? new RoutingCondition();
        var lists = new[] { when.SenderDomains, when.Outlets, when.Cities, when.Languages, when.MediaTypes, when.Keywords, rule.Watchers };
        if (lists.Any(l => l is null || l.Any(v => string.IsNullOrWhiteSpace(v) || v.Length > 200 || v.Any(char.IsControl))))
        {
            yield return "valeur vide ou invalide dans une liste / empty or invalid value in a list";
            yield break;
        }

        foreach (var domain in when.SenderDomains.Where(d => !Domain().IsMatch(d.Trim())))
        {
            yield return $"« {domain} » n'est pas un nom de domaine / not a domain name";
        }

        foreach (var language in when.Languages.Where(l => l.Trim() is not ("fr" or "en")))
        {
            yield return $"langue « {language} » inconnue (fr ou en) / unknown language";
        }

        foreach (var mediaType in when.MediaTypes.Where(t => !(MediaTypes.TryParse(t, out var type) && type is not null)))
        {
            yield return $"type de média « {mediaType} » inconnu ({MediaTypes.Expected}) / unknown media type";
        }

        var namesCities = when.Cities.Count > 0;
        if (targets.Problem(rule.AssignTo ?? "", namesCities) is { } assignProblem)
        {
            yield return $"assigner à : {assignProblem}";
        }

        foreach (var problem in rule.Watchers.Select(w => targets.Problem(w, namesCities)).OfType<string>())
        {
            yield return $"en copie : {problem}";
        }

        if (string.Equals(rule.AssignTo, RoutingTargets.CityLead, StringComparison.OrdinalIgnoreCase))
        {
            foreach (var city in when.Cities.Where(c => c.Trim() != RoutingTargets.AnyLeadCity && targets.Team.LeadOf(c.Trim()) is null))
            {
                yield return $"aucun·e responsable local·e pour {city} / no local lead for {city}";
            }
        }
    }

    [GeneratedRegex(@"^(?=.{3,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,}$", RegexOptions.IgnoreCase)]
    private static partial Regex Domain();
}
