using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;
using PauseIA.Media.Identity;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Inquiries.Routing;

/// <summary>The test team (TestSettings) as a directory, for tests without storage.</summary>
public static class TestTeam
{
    public static TeamDirectory Directory()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(TestSettings.Create("UseDevelopmentStorage=true")).Build();
        return new TeamDirectory(Options.Create(configuration.GetSection(TeamOptions.Section).Get<TeamOptions>()!));
    }
}
