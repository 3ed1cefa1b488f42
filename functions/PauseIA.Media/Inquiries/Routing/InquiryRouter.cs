using PauseIA.Media.Contacts;
using PauseIA.Media.Identity;

namespace PauseIA.Media.Inquiries.Routing;

/// <summary>
/// Applies the rules in order: the first whose conditions hold and whose assignee exists decides,
/// and says why in a sentence such as « Ville : Lyon (leprogres.fr) → responsable local·e Léa Dubois ».
/// With no rule left, the spokesperson, so that no inquiry is ever without someone.
/// </summary>
public sealed class InquiryRouter(RoutingTargets targets)
{
    public RoutingDecision Route(IReadOnlyList<RoutingRule> rules, RoutingFacts facts)
    {
        foreach (var rule in rules)
        {
            var evidence = Evidence(rule.When, facts);
            if (evidence is null || targets.Resolve(rule.AssignTo, facts.City) is not { } assignee)
            {
                continue;
            }

            var watchers = rule.Watchers
                .Select(w => (Target: w, Member: targets.Resolve(w, facts.City)))
                .Where(w => w.Member is not null && w.Member.Email != assignee.Email)
                .DistinctBy(w => w.Member!.Email)
                .ToList();
            var reason = $"{evidence} → {RoutingTargets.Describe(assignee, rule.AssignTo)}"
                + (watchers.Count > 0 ? $", en copie : {string.Join(", ", watchers.Select(w => RoutingTargets.Describe(w.Member!, w.Target)))}" : "")
                + (rule.Priority == InquiryPriority.High ? ", priorité haute" : "");
            return new RoutingDecision(rule.Name, reason, assignee.Email, watchers.Select(w => w.Member!.Email).ToList(), rule.Priority ?? InquiryPriority.Normal, rule.AcknowledgeForwards);
        }

        var spokesperson = targets.Team.First(TeamRole.Spokesperson);
        return new RoutingDecision("aucune", $"Aucune règle ne s'applique → {RoutingTargets.Describe(spokesperson, "spokesperson")}", spokesperson.Email, [], InquiryPriority.Normal);
    }

    /// <summary>The conditions that held, in words, or null when one did not.</summary>
    private string? Evidence(RoutingCondition when, RoutingFacts facts)
    {
        if (when.IsEmpty)
        {
            return "Règle par défaut";
        }

        var parts = new List<string>();
        if (when.SenderDomains.Count > 0)
        {
            var domain = when.SenderDomains.FirstOrDefault(d => facts.SenderDomain == d.Trim().ToLowerInvariant() || facts.SenderDomain.EndsWith("." + d.Trim().ToLowerInvariant(), StringComparison.Ordinal));
            if (domain is null)
            {
                return null;
            }

            parts.Add($"Domaine : {facts.SenderDomain}");
        }

        if (when.Outlets.Count > 0)
        {
            if (facts.Outlet is null || !when.Outlets.Any(o => TextFold.Same(o, facts.Outlet.Name)))
            {
                return null;
            }

            parts.Add($"Média : {facts.Outlet.Name}");
        }

        if (when.Cities.Count > 0)
        {
            var matches = facts.City is not null && when.Cities.Any(c =>
                (c.Trim() == RoutingTargets.AnyLeadCity && targets.Team.LeadOf(facts.City) is not null) || TextFold.Same(c, facts.City));
            if (!matches)
            {
                return null;
            }

            parts.Add($"Ville : {facts.City} ({facts.CitySource ?? "citée dans le message"})");
        }

        if (when.Languages.Count > 0)
        {
            if (!when.Languages.Any(l => string.Equals(l.Trim(), facts.Language, StringComparison.OrdinalIgnoreCase)))
            {
                return null;
            }

            parts.Add($"Langue : {(facts.Language == "en" ? "anglais" : "français")}");
        }

        if (when.MediaTypes.Count > 0)
        {
            if (facts.Outlet?.MediaType is not { } type || !when.MediaTypes.Any(t => MediaTypes.Same(t, type)))
            {
                return null;
            }

            parts.Add($"Type de média : {type}");
        }

        if (when.Keywords.Count > 0)
        {
            var text = TextFold.Fold(facts.Text);
            var keyword = when.Keywords.FirstOrDefault(k => k.Trim().Length > 0 && text.Contains(TextFold.Fold(k.Trim()), StringComparison.Ordinal));
            if (keyword is null)
            {
                return null;
            }

            parts.Add($"Mot-clé : « {keyword.Trim()} »");
        }

        if (when.ForeignPress is { } foreign)
        {
            if (facts.ForeignPress != foreign)
            {
                return null;
            }

            parts.Add($"{(foreign ? "Presse étrangère" : "Presse française")} : {facts.Outlet!.Name} ({facts.Outlet.Country})");
        }

        return string.Join(", ", parts);
    }
}
