using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Identity;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Identity;

public sealed class AccessPolicyTests
{
    private static readonly TeamRole[] Reviewers = [TeamRole.CommsDirector];

    [Theory]
    [InlineData("True")]
    [InlineData("true")]
    public void WhereEasyAuthIsOnThePrincipalHeaderSignsTheMemberIn(string enabled)
    {
        var policy = Policy(new() { [IdentityOptions.EasyAuthSetting] = enabled });

        var decision = policy.Check(Header(TestSettings.CommsDirector), Reviewers);

        Assert.Equal(AccessOutcome.Allowed, decision.Outcome);
        Assert.Equal(("Jordan Ellis", TestSettings.CommsDirector), (decision.Member!.DisplayName, decision.Member.Email));
        Assert.Equal(TestSettings.CommsDirector, policy.CurrentMember(Header(TestSettings.CommsDirector))?.Email);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("False")]
    [InlineData("")]
    public void WithoutEasyAuthTheHeaderIsNeverBelievedSoEveryoneIsSignedOut(string? enabled)
    {
        var policy = Policy(new() { [IdentityOptions.EasyAuthSetting] = enabled });

        var decision = policy.Check(Header(TestSettings.Admin), []);

        Assert.Equal(AccessOutcome.Unauthenticated, decision.Outcome);
        Assert.Null(decision.Member);
        Assert.Null(policy.CurrentMember(Header(TestSettings.Admin)));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    [InlineData("pas du base64 !")]
    [InlineData("W10=")]
    [InlineData("bm90IGpzb24=")]
    public void AnAbsentOrMalformedHeaderIsNobody(string? header)
    {
        var decision = Policy(EasyAuthOn()).Check(header, []);

        Assert.Equal(AccessOutcome.Unauthenticated, decision.Outcome);
        Assert.Equal("Connexion requise. / Sign-in required.", decision.Reason);
    }

    [Fact]
    public void AnEmailOutsideTheTeamIsForbiddenAndNamed()
    {
        var decision = Policy(EasyAuthOn()).Check(Header("stranger@example.org"), []);

        Assert.Equal(AccessOutcome.Forbidden, decision.Outcome);
        Assert.StartsWith("stranger@example.org ne fait pas partie", decision.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void AMemberWithoutAnAllowedRoleIsForbiddenAndAnyAllowedRoleLetsIn()
    {
        var policy = Policy(EasyAuthOn());

        var refused = policy.Check(Header(TestSettings.PressOfficer), Reviewers);
        var allowed = policy.Check(Header(TestSettings.PressOfficer), [TeamRole.Admin, TeamRole.PressOfficer]);

        Assert.Equal(AccessOutcome.Forbidden, refused.Outcome);
        Assert.Contains("CommsDirector", refused.Reason, StringComparison.Ordinal);
        Assert.Equal(AccessOutcome.Allowed, allowed.Outcome);
    }

    [Fact]
    public void APrincipalWhoseOnlyAddressIsItsDisplayNameIsRefused()
    {
        // Anyone can name their account after a team member's address.
        var header = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new
        {
            auth_typ = "google",
            claims = new[] { new { typ = "name", val = TestSettings.Admin }, new { typ = "email", val = "stranger@gmail.com" }, new { typ = "email_verified", val = "false" } },
        })));

        var decision = Policy(EasyAuthOn()).Check(header, [TeamRole.Admin]);

        Assert.Equal(AccessOutcome.Forbidden, decision.Outcome);
        Assert.Null(decision.Member);
        Assert.Contains("vérifiée", decision.Reason, StringComparison.Ordinal);
        Assert.Null(Policy(EasyAuthOn()).CurrentMember(header));
    }

    [Fact]
    public void TheTeamEmailMatchesWithoutCase()
    {
        var decision = Policy(EasyAuthOn()).Check(Header(TestSettings.Spokesperson.ToUpperInvariant()), [TeamRole.Spokesperson]);

        Assert.Equal(TestSettings.Spokesperson, decision.Member?.Email);
    }

    private static Dictionary<string, string?> EasyAuthOn() => new() { [IdentityOptions.EasyAuthSetting] = "True" };

    private static string Header(string email) => ClientPrincipalHeader.Write("aad", email, email);

    private static AccessPolicy Policy(Dictionary<string, string?> settings)
    {
        // The test team, without LocalHost's own trust switch: only the setting under test decides.
        var values = TestSettings.Create("UseDevelopmentStorage=true");
        values.Remove(IdentityOptions.LocalHostSetting);
        foreach (var (key, value) in settings)
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        return new ServiceCollection().AddIdentity(configuration).BuildServiceProvider().GetRequiredService<AccessPolicy>();
    }
}
