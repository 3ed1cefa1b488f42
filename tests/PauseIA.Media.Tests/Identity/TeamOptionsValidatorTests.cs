using PauseIA.Media.Identity;

namespace PauseIA.Media.Tests.Identity;

public sealed class TeamOptionsValidatorTests
{
    private static TeamOptions Team(params string[] leaOtherEmails) => new()
    {
        Members =
        [
            new TeamMemberOptions { Email = "camille@pauseia.fr", DisplayName = "Camille", Roles = [TeamRole.Spokesperson] },
            new TeamMemberOptions { Email = "jordan@pauseai.info", DisplayName = "Jordan", Roles = [TeamRole.CommsDirector], Language = "en" },
            new TeamMemberOptions { Email = "lea@pauseia.fr", DisplayName = "Léa", Roles = [TeamRole.LocalLead], Cities = ["Lyon"], OtherEmails = [.. leaOtherEmails] },
        ],
    };

    [Fact]
    public void OtherAddressesAreOptional()
    {
        Assert.True(new TeamOptionsValidator().Validate(null, Team()).Succeeded);
        Assert.True(new TeamOptionsValidator().Validate(null, Team("lea.perso@gmail.com")).Succeeded);
    }

    [Theory]
    [InlineData("pas une adresse", "Team:Members:2:OtherEmails:0: « pas une adresse » is not an email address.")]
    [InlineData("Léa <lea.perso@gmail.com>", "Team:Members:2:OtherEmails:0: « Léa <lea.perso@gmail.com> » is not an email address.")]
    [InlineData("lea@localhost", "Team:Members:2:OtherEmails:0: « lea@localhost » is not an email address.")]
    [InlineData("CAMILLE@pauseia.fr", "Team:Members: camille@pauseia.fr appears more than once.")]
    public void AnOtherAddressMustBeAnAddressOfNoOtherMember(string other, string failure)
    {
        var result = new TeamOptionsValidator().Validate(null, Team(other));

        Assert.Contains(failure, result.Failures ?? []);
    }

    [Fact]
    public void AnOtherAddressIsATeamAddressButNeverASignIn()
    {
        var directory = new TeamDirectory(Microsoft.Extensions.Options.Options.Create(Team("Lea.Perso@gmail.com")));

        Assert.Equal("lea@pauseia.fr", directory.FindByAnyAddress("lea.perso@gmail.com")?.Email);
        Assert.True(directory.IsTeamAddress(" LEA.PERSO@gmail.com "));
        Assert.Null(directory.Find("lea.perso@gmail.com"));
    }
}
