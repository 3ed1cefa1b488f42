using PauseIA.Media.Inquiries.Reading;

namespace PauseIA.Media.Tests.Inquiries.Reading;

public sealed class CityFinderTests
{
    private static readonly string[] LocalGroups = ["Lyon", "Toulouse", "Rennes", "Marseille"];

    private readonly CityFinder finder = new();

    [Theory]
    [InlineData("Je souhaiterais parler avec le groupe local de Lyon.", "Lyon")]
    [InlineData("Votre antenne lyonnaise organise un rassemblement.", "Lyon")]
    [InlineData("Les militants LYONNAIS sont-ils nombreux ?", "Lyon")]
    [InlineData("Je prépare un sujet sur le collectif toulousain.", "Toulouse")]
    [InlineData("Une question sur les Toulousaines de Pause IA.", "Toulouse")]
    [InlineData("Le groupe rennais sera-t-il présent ?", "Rennes")]
    [InlineData("Rassemblement à Rennes samedi ?", "Rennes")]
    [InlineData("Les Marseillais se mobilisent.", "Marseille")]
    [InlineData("La Provence, 248 avenue Roger Salengro, 13015 Marseille", "Marseille")]
    [InlineData("Rendez-vous à Lyon-Part-Dieu.", "Lyon")]
    [InlineData("Je suis à marseille demain.", "Marseille")]
    [InlineData("Je suis à Toulouse, mais j'écris sur Lyon, le groupe de Lyon et l'antenne lyonnaise.", "Lyon")]
    [InlineData("Je suis à Toulouse, et à Lyon.", "Toulouse")]
    public void FindsTheCityATextIsAbout(string text, string expected)
    {
        Assert.Equal(expected, finder.Find(text, LocalGroups));
    }

    [Theory]
    [InlineData("Lyonel Dupont vous écrit.")]
    [InlineData("Le Marseillaisement n'existe pas, ni Rennesque.")]
    [InlineData("Je prépare un article national sur l'IA.")]
    [InlineData("Pause IA à Paris.")]
    [InlineData("")]
    public void FindsNoCityWhereNoneIsNamed(string text)
    {
        Assert.Null(finder.Find(text, LocalGroups));
    }

    [Theory]
    [InlineData("Rassemblement à Nice samedi.", "Nice")]
    [InlineData("Les Niçois manifestent.", "Nice")]
    [InlineData("Nice to meet you, what a nice day.", null)]
    [InlineData("Rendez-vous à Tours.", "Tours")]
    [InlineData("Plusieurs tours de table ont eu lieu.", null)]
    [InlineData("Saint-Étienne accueille une conférence.", "Saint-Étienne")]
    [InlineData("Les Stéphanois sont mobilisés.", "Saint-Étienne")]
    public void ReadsCityNamesThatAreAlsoWordsOnlyAsPlaces(string text, string? expected)
    {
        Assert.Equal(expected, finder.Find(text, ["Nice", "Tours", "Saint-Étienne"]));
    }

    [Fact]
    public void AnswersWithTheCityAsGiven()
    {
        Assert.Equal("LYON", finder.Find("groupe lyonnais", ["LYON"]));
    }

    [Fact]
    public void FindsTheCityOfTheLyonSample()
    {
        var message = InboundSamples.Load("03-fr-local-lyon.eml");

        Assert.Equal("Lyon", finder.Find(message.Subject + "\n" + message.Body(), LocalGroups));
    }

    [Fact]
    public void NeverThrowsOnOddInput()
    {
        Assert.Null(finder.Find("\uD800 \uFFFF", ["", " ", "\uD800", "(["]));
        Assert.Equal("Lyon", finder.Find(string.Concat(Enumerable.Repeat("à Lyon ", 100_000)), LocalGroups));
    }
}
