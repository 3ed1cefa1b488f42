using PauseIA.Media.Inquiries.Routing;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Inquiries.Routing;

public sealed class RoutingRulesValidatorTests
{
    private readonly RoutingRulesValidator validator = new(new RoutingTargets(TestTeam.Directory()));

    [Fact]
    public void TheDefaultRulesAreValid() => Assert.Empty(validator.Problems(DefaultRoutingRules.All));

    [Fact]
    public void AnEmptyListIsRefused() => Assert.NotEmpty(validator.Problems([]));

    [Theory]
    [InlineData("", "spokesperson", "nom requis")]
    [InlineData("r", "nobody@example.org", "ne fait pas partie de l'équipe")]
    [InlineData("r", "chef", "ni une adresse de l'équipe")]
    [InlineData("r", "cityLead", "exige une condition sur la ville")]
    public void EachBadRuleIsNamedWithWhatIsWrong(string name, string assignTo, string expected)
    {
        var problem = Assert.Single(validator.Problems([new RoutingRule { Name = name, AssignTo = assignTo }]));

        Assert.Contains("Règle 1", problem, StringComparison.Ordinal);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void DuplicateNamesUnknownLanguagesBadDomainsAndCitiesWithoutLeadsAreRefused()
    {
        var problems = validator.Problems(
        [
            new RoutingRule { Name = "a", When = new() { Languages = ["de"] }, AssignTo = "spokesperson" },
            new RoutingRule { Name = "A", When = new() { SenderDomains = ["not a domain"] }, AssignTo = "spokesperson" },
            new RoutingRule { Name = "b", When = new() { Cities = ["Lille"] }, AssignTo = "cityLead", Watchers = ["ghost@pauseia.fr"] },
        ]);

        Assert.Contains(problems, p => p.Contains("langue « de »", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("nom déjà utilisé", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("not a domain", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("aucun·e responsable local·e pour Lille", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("en copie : ghost@pauseia.fr", StringComparison.Ordinal));
    }

    [Fact]
    public void MediaTypesAreThoseOfTheContactList()
    {
        Assert.Empty(validator.Problems([new RoutingRule { Name = "r", When = new() { MediaTypes = ["TV", "presse écrite", "print", "télévision"] }, AssignTo = "spokesperson" }]));
        var problem = Assert.Single(validator.Problems([new RoutingRule { Name = "r", When = new() { MediaTypes = ["blog"] }, AssignTo = "spokesperson" }]));
        Assert.Contains("type de média « blog » inconnu", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void MembersAndRolesAreAcceptedAsTargets() =>
        Assert.Empty(validator.Problems([new RoutingRule { Name = "r", When = new() { Cities = ["Lyon", "*"] }, AssignTo = "cityLead", Watchers = [TestSettings.Spokesperson, "commsDirector"] }]));
}
