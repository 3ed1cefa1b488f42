using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PauseIA.Media.Inquiries.Reading;

namespace PauseIA.Media.Tests.Inquiries.Reading;

public sealed class ReadingServiceCollectionExtensionsTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection()
            .AddInquiryReading(configuration)
            .AddInquiryReading(configuration)
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true });
    }

    [Fact]
    public void RegistersEveryReaderOnceAsASingletonWithOutletsFromConfiguration()
    {
        using var services = Build(new()
        {
            ["Outlets:Entries:0:Domain"] = "lagazette-pezenas.fr",
            ["Outlets:Entries:0:Name"] = "La Gazette de Pézenas",
            ["Outlets:Entries:0:MediaType"] = "presse écrite",
            ["Outlets:Entries:0:City"] = "Pézenas",
        });

        Assert.Same(services.GetRequiredService<DeadlineReader>(), services.GetRequiredService<DeadlineReader>());
        Assert.NotNull(services.GetRequiredService<LanguageDetector>());
        Assert.NotNull(services.GetRequiredService<UrgencyAssessor>());
        Assert.NotNull(services.GetRequiredService<SignatureReader>());
        Assert.NotNull(services.GetRequiredService<ForwardedInquiryReader>());
        Assert.NotNull(services.GetRequiredService<CityFinder>());
        Assert.Equal("Pézenas", services.GetRequiredService<OutletDirectory>().FindByEmail("j@lagazette-pezenas.fr")?.City);
        Assert.Equal("Lyon", services.GetRequiredService<OutletDirectory>().FindByEmail("j@leprogres.fr")?.City);
        Assert.Single(services.GetRequiredService<IOptions<OutletOptions>>().Value.Entries);
        Assert.Single(services.GetServices<DeadlineReader>());
    }

    [Fact]
    public void ABadOutletSettingIsNamedWhenOptionsAreRead()
    {
        using var services = Build(new()
        {
            ["Outlets:Entries:0:Domain"] = "lagazette-pezenas.fr",
            ["Outlets:Entries:0:Name"] = "La Gazette",
            ["Outlets:Entries:0:MediaType"] = "blog",
        });

        var error = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<OutletOptions>>().Value);
        Assert.Contains("Outlets:Entries:0:MediaType", error.Message, StringComparison.Ordinal);
    }
}
