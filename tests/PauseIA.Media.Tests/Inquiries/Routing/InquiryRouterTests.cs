using PauseIA.Media.Inquiries;
using PauseIA.Media.Inquiries.Routing;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Inquiries.Routing;

public sealed class InquiryRouterTests
{
    private readonly InquiryRouter router = new(new RoutingTargets(TestTeam.Directory()));

    [Fact]
    public void ACityWithALocalLeadGoesToThatLeadWithTheSpokespersonWatching()
    {
        var decision = router.Route(DefaultRoutingRules.All, Facts("jmahe@leprogres.fr", city: "Lyon", citySource: "leprogres.fr", outlet: new InquiryOutlet("Le Progrès", "leprogres.fr", "presse régionale", "Lyon", "FR")));

        Assert.Equal("ville-responsable-locale", decision.Rule);
        Assert.Equal(TestSettings.LyonLead, decision.Assignee);
        Assert.Equal([TestSettings.Spokesperson], decision.Watchers);
        Assert.Equal("Ville : Lyon (leprogres.fr) → responsable local·e Léa Dubois, en copie : porte-parole Camille Martin", decision.Reason);
    }

    [Fact]
    public void ACityNamedInTheTextSaysSo()
    {
        var decision = router.Route(DefaultRoutingRules.All, Facts("redaction@ladepeche.fr", city: "Toulouse", citySource: "citée dans le message"));

        Assert.Equal(TestSettings.ToulouseLead, decision.Assignee);
        Assert.StartsWith("Ville : Toulouse (citée dans le message) → responsable local·e Hugo Bernard", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void EnglishLanguagePressGoesToTheSpokespersonWithTheDirectorWatching()
    {
        var decision = router.Route(DefaultRoutingRules.All, Facts("m.hartley@politico.eu", language: "en"));

        Assert.Equal("presse-anglophone", decision.Rule);
        Assert.Equal(TestSettings.Spokesperson, decision.Assignee);
        Assert.Equal([TestSettings.CommsDirector], decision.Watchers);
        Assert.StartsWith("Langue : anglais → porte-parole Camille Martin, en copie : directeur·rice de la communication de PauseAI Jordan Ellis", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ForeignPressInFrenchAlsoGoesToTheSpokespersonWithTheDirectorWatching()
    {
        var decision = router.Route(DefaultRoutingRules.All, Facts("journaliste@lesoir.be", outlet: new InquiryOutlet("Le Soir", "lesoir.be", "presse écrite", "Bruxelles", "BE")));

        Assert.Equal("presse-etrangere", decision.Rule);
        Assert.Equal([TestSettings.CommsDirector], decision.Watchers);
        Assert.StartsWith("Presse étrangère : Le Soir (BE)", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void EverythingElseGoesToTheSpokesperson()
    {
        var decision = router.Route(DefaultRoutingRules.All, Facts("claire.dubois@lemonde.fr", city: "Paris"));

        Assert.Equal("par-defaut", decision.Rule);
        Assert.Equal(TestSettings.Spokesperson, decision.Assignee);
        Assert.Empty(decision.Watchers);
        Assert.Equal("Règle par défaut → porte-parole Camille Martin", decision.Reason);
    }

    [Fact]
    public void RulesOnDomainKeywordsAndMediaTypeApplyInOrderWithTheirActions()
    {
        IReadOnlyList<RoutingRule> rules =
        [
            new() { Name = "tv", When = new() { MediaTypes = ["télévision"], Keywords = ["plateau"] }, AssignTo = TestSettings.PressOfficer, Watchers = ["spokesperson"], Priority = InquiryPriority.High },
            new() { Name = "progres", When = new() { SenderDomains = ["leprogres.fr"] }, AssignTo = TestSettings.LyonLead },
            new() { Name = "reste", AssignTo = "spokesperson" },
        ];

        var tv = router.Route(rules, Facts("plateau@bfmtv.com", text: "Invitation PLATEAU ce soir", outlet: new InquiryOutlet("BFM TV", "bfmtv.com", "Télévision", null, "FR")));
        var progres = router.Route(rules, Facts("jmahe@redaction.leprogres.fr"));

        Assert.Equal(TestSettings.PressOfficer, tv.Assignee);
        Assert.Equal(InquiryPriority.High, tv.Priority);
        Assert.Equal("Type de média : Télévision, Mot-clé : « plateau » → bénévole presse Sacha Petit, en copie : porte-parole Camille Martin, priorité haute", tv.Reason);
        Assert.Equal("progres", progres.Rule);
        Assert.StartsWith("Domaine : redaction.leprogres.fr", progres.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ARuleWhoseAssigneeCannotBeFoundLetsTheNextOneDecide()
    {
        IReadOnlyList<RoutingRule> rules =
        [
            new() { Name = "ville", When = new() { Cities = ["Paris"] }, AssignTo = RoutingTargets.CityLead },
            new() { Name = "reste", AssignTo = "pressOfficer" },
        ];

        Assert.Equal("reste", router.Route(rules, Facts("x@leparisien.fr", city: "Paris")).Rule);
    }

    [Fact]
    public void WithNoRuleThatAppliesTheSpokespersonStillGetsIt()
    {
        var decision = router.Route([new RoutingRule { Name = "seulement-en", When = new() { Languages = ["en"] }, AssignTo = "spokesperson" }], Facts("a@b.fr"));

        Assert.Equal(TestSettings.Spokesperson, decision.Assignee);
        Assert.StartsWith("Aucune règle ne s'applique", decision.Reason, StringComparison.Ordinal);
    }

    private static RoutingFacts Facts(string sender, string language = "fr", string? city = null, string? citySource = null, InquiryOutlet? outlet = null, string text = "Bonjour") =>
        new(sender, outlet, city, citySource, language, text);
}
