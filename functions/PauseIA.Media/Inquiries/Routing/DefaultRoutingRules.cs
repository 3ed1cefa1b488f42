namespace PauseIA.Media.Inquiries.Routing;

/// <summary>
/// The rules of the issue: a city with a local lead goes to that lead with the spokesperson
/// watching; English-language or foreign press goes to the spokesperson with PauseAI's Global
/// Communications Director watching; everything else to the spokesperson.
/// </summary>
public static class DefaultRoutingRules
{
    public static IReadOnlyList<RoutingRule> All { get; } =
    [
        new RoutingRule
        {
            Name = "ville-responsable-locale",
            When = new RoutingCondition { Cities = [RoutingTargets.AnyLeadCity] },
            AssignTo = RoutingTargets.CityLead,
            Watchers = ["spokesperson"],
        },
        new RoutingRule
        {
            Name = "presse-anglophone",
            When = new RoutingCondition { Languages = ["en"] },
            AssignTo = "spokesperson",
            Watchers = ["commsDirector"],
        },
        new RoutingRule
        {
            Name = "presse-etrangere",
            When = new RoutingCondition { ForeignPress = true },
            AssignTo = "spokesperson",
            Watchers = ["commsDirector"],
        },
        new RoutingRule { Name = "par-defaut", AssignTo = "spokesperson" },
    ];
}
