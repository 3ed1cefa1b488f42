using Microsoft.Extensions.Options;
using PauseIA.Media.Contacts;
using PauseIA.Media.Inquiries.Reading;

namespace PauseIA.Media.Tests.Inquiries.Reading;

public sealed class OutletDirectoryTests
{
    private readonly OutletDirectory outlets = new(Options.Create(new OutletOptions()));

    [Theory]
    [InlineData("claire.dubois@lemonde.fr", "Le Monde", "presse écrite", null, "FR", "fr")]
    [InlineData("jmahe@leprogres.fr", "Le Progrès", "presse écrite", "Lyon", "FR", "fr")]
    [InlineData("redac@m.leprogres.fr", "Le Progrès", "presse écrite", "Lyon", "FR", "fr")]
    [InlineData("Someone <J.Doe@Mail.LaDepeche.FR>", "La Dépêche du Midi", "presse écrite", "Toulouse", "FR", "fr")]
    [InlineData("a@ouest-france.fr", "Ouest-France", "presse écrite", "Rennes", "FR", "fr")]
    [InlineData("a@laprovence.com", "La Provence", "presse écrite", "Marseille", "FR", "fr")]
    [InlineData("a@lyoncapitale.fr", "Lyon Capitale", "presse écrite", "Lyon", "FR", "fr")]
    [InlineData("plateau.soir@bfmtv.com", "BFMTV", "TV", null, "FR", "fr")]
    [InlineData("x@france3-regions.francetvinfo.fr", "France 3 Régions", "TV", null, "FR", "fr")]
    [InlineData("x@francetvinfo.fr", "franceinfo", "TV", null, "FR", "fr")]
    [InlineData("x@radiofrance.com", "Radio France", "radio", null, "FR", "fr")]
    [InlineData("x@afp.com", "AFP", "agence", null, "FR", "fr")]
    [InlineData("x@mediapart.fr", "Mediapart", "web", null, "FR", "fr")]
    [InlineData("m.hartley@politico.eu", "POLITICO Europe", "web", null, "BE", "en")]
    [InlineData("x@lesoir.be", "Le Soir", "presse écrite", null, "BE", "fr")]
    [InlineData("x@rts.ch", "RTS", "TV", null, "CH", "fr")]
    [InlineData("x@spiegel.de", "Der Spiegel", "presse écrite", null, "DE", "de")]
    [InlineData("x@news.bbc.co.uk", "BBC", "TV", null, "GB", "en")]
    [InlineData("x@bloomberg.net", "Bloomberg", "agence", null, "US", "en")]
    [InlineData("x@reuters.com", "Reuters", "agence", null, "GB", "en")]
    [InlineData("x@nytimes.com", "The New York Times", "presse écrite", null, "US", "en")]
    public void FindsTheOutletOfAnAddressAndItsParentDomains(string email, string name, string mediaType, string? city, string country, string language)
    {
        var outlet = outlets.FindByEmail(email);

        Assert.NotNull(outlet);
        Assert.Equal((name, mediaType, city, country, language), (outlet.Name, MediaTypes.FrenchLabel(outlet.MediaType), outlet.City, outlet.Country, outlet.Language));
    }

    [Theory]
    [InlineData("someone@gmail.com")]
    [InlineData("someone@notlemonde.fr")]
    [InlineData("someone@lemonde.fr.evil.example")]
    [InlineData("someone@fr")]
    [InlineData("")]
    [InlineData("@")]
    [InlineData("not an email")]
    public void FindsNoOutletForOtherAddresses(string email)
    {
        Assert.Null(outlets.FindByEmail(email));
    }

    [Fact]
    public void ForeignMeansOutsideFrance()
    {
        Assert.False(outlets.FindByEmail("a@lemonde.fr")!.IsForeign);
        Assert.True(outlets.FindByEmail("a@politico.eu")!.IsForeign);
        Assert.True(outlets.FindByEmail("a@theguardian.com")!.IsForeign);
    }

    [Theory]
    [InlineData("Le Monde", "lemonde.fr")]
    [InlineData("le monde", "lemonde.fr")]
    [InlineData("LE PROGRES", "leprogres.fr")]
    [InlineData("Le Progrès", "leprogres.fr")]
    [InlineData("la depeche", "ladepeche.fr")]
    [InlineData("L’Obs", "nouvelobs.com")]
    [InlineData("Nouvel Observateur", "nouvelobs.com")]
    [InlineData("Politico", "politico.eu")]
    [InlineData("The Guardian", "theguardian.com")]
    [InlineData("Guardian", "theguardian.com")]
    [InlineData("Agence France-Presse", "afp.com")]
    [InlineData("lemonde.fr", "lemonde.fr")]
    public void FindsAnOutletByNameIgnoringCaseAccentsAndArticle(string name, string expectedDomain)
    {
        Assert.Equal(expectedDomain, outlets.FindByName(name)?.Domain);
    }

    [Theory]
    [InlineData("Journaliste – Le Monde, service Pixels", "Le Monde")]
    [InlineData("Je suis journaliste au service Pixels du Monde", "Le Monde")]
    [InlineData("Le Progrès – rédaction de Lyon", "Le Progrès")]
    [InlineData("Technology reporter, POLITICO Europe", "POLITICO Europe")]
    [InlineData("Reporter at The Guardian", "The Guardian")]
    [InlineData("www.leprogres.fr", "Le Progrès")]
    [InlineData("Chroniqueuse pour franceinfo", "franceinfo")]
    public void FindsAnOutletNamedInAText(string text, string expected)
    {
        Assert.Equal(expected, outlets.FindInText(text)?.Name);
    }

    [Theory]
    [InlineData("Il faut faire le point sur ce sujet.")]
    [InlineData("Le monde change vite.")]
    [InlineData("It is time to act.")]
    [InlineData("Marianne Dupont")]
    [InlineData("Point de vue")]
    [InlineData("")]
    public void DoesNotTakeOrdinaryWordsForOutlets(string text)
    {
        Assert.Null(outlets.FindInText(text));
    }

    [Fact]
    public void ConfiguredOutletsAreAddedAndReplaceDefaultsOfTheSameDomain()
    {
        var configured = new OutletDirectory(Options.Create(new OutletOptions
        {
            Entries =
            [
                new OutletEntry { Domain = "lagazette-pezenas.fr", Name = "La Gazette de Pézenas", MediaType = "presse écrite", City = "Pézenas", Aliases = ["La Gazette"] },
                new OutletEntry { Domain = "lemonde.fr", Name = "Le Monde (Pixels)", MediaType = "web", Country = "FR", Language = "fr" },
                new OutletEntry { Domain = "tvlocale.fr", Name = "TV Locale", MediaType = "télévision" },
            ],
        }));

        Assert.Equal("Pézenas", configured.FindByEmail("a@lagazette-pezenas.fr")?.City);
        Assert.Equal("lagazette-pezenas.fr", configured.FindByName("la gazette")?.Domain);
        Assert.Equal((MediaType.Web, "Le Monde (Pixels)"), (configured.FindByEmail("a@lemonde.fr")!.MediaType, configured.FindByEmail("a@lemonde.fr")!.Name));
        Assert.Equal(MediaType.Tv, configured.FindByEmail("a@tvlocale.fr")!.MediaType);
        Assert.Single(configured.All, o => o.Domain == "lemonde.fr");
    }

    [Fact]
    public void EveryBuiltInOutletIsValid()
    {
        var result = new OutletOptionsValidator().Validate(null, new OutletOptions { Entries = [.. DefaultOutlets.Entries] });

        Assert.True(result.Succeeded, string.Join("\n", result.Failures ?? []));
        Assert.Contains(outlets.All, o => o.City == "Lyon");
        Assert.Contains(outlets.All, o => o.IsForeign);
    }

    [Fact]
    public void TheValidatorNamesEachBadSetting()
    {
        var result = new OutletOptionsValidator().Validate(null, new OutletOptions
        {
            Entries =
            [
                new OutletEntry { Domain = "not a domain", Name = "", MediaType = "blog", Country = "France", Language = "FR" },
                new OutletEntry { Domain = "a.fr", Name = "A", MediaType = "web" },
                new OutletEntry { Domain = "A.fr", Name = "A bis", MediaType = "web" },
            ],
        });

        Assert.True(result.Failed);
        var failures = result.Failures!.ToList();
        Assert.Contains(failures, f => f.StartsWith("Outlets:Entries:0:Domain:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Outlets:Entries:0:Name:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Outlets:Entries:0:MediaType: 'blog'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Outlets:Entries:0:Country:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Outlets:Entries:0:Language:", StringComparison.Ordinal));
        Assert.Contains(failures, f => f == "Outlets:Entries: a.fr appears more than once.");
        Assert.DoesNotContain(failures, f => f.StartsWith("Outlets:Entries:1", StringComparison.Ordinal));
    }
}
