using System.Text;
using PauseIA.Media.Identity;

namespace PauseIA.Media.Tests.Identity;

/// <summary>
/// The member is read from the identity provider's own email claims only (issue 9, defect 7): Entra ID's
/// <c>preferred_username</c> or <c>email</c>, another OpenID Connect provider's <c>email</c> unless
/// <c>email_verified</c> is false; never the display name or another claim that happens to hold an address.
/// </summary>
public sealed class ClientPrincipalHeaderTests
{
    private const string EmailAddressClaim = "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress";

    [Fact]
    public void WhatLocalHostWritesReadsBackAsEasyAuthWouldSendIt()
    {
        var principal = ClientPrincipalHeader.Read(ClientPrincipalHeader.Write("aad", "camille@pauseia.fr", "Camille Martin"));

        Assert.Equal(new ClientPrincipal("aad", "camille@pauseia.fr"), principal);
    }

    [Theory]
    [InlineData("aad", "preferred_username")]
    [InlineData("aad", "email")]
    [InlineData("aad", EmailAddressClaim)]
    [InlineData("google", "email")]
    [InlineData("google", EmailAddressClaim)]
    [InlineData("oidc-pauseai", "email")]
    public void TheEmailIsTakenFromTheProvidersEmailClaim(string provider, string claimType)
    {
        var principal = ClientPrincipalHeader.Read(Encode(provider, ("name", "Léa"), (claimType, " lea@pauseia.fr ")));

        Assert.Equal(new ClientPrincipal(provider, "lea@pauseia.fr"), principal);
    }

    [Fact]
    public void EntraIdsPreferredUsernameComesBeforeItsEmail() =>
        Assert.Equal("lea@pauseia.fr", ClientPrincipalHeader.Read(Encode("aad", ("email", "lea.perso@gmail.com"), ("preferred_username", "lea@pauseia.fr")))?.Email);

    [Theory]
    [InlineData("aad", "name")]
    [InlineData("aad", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name")]
    [InlineData("aad", "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn")]
    [InlineData("aad", "emails")]
    [InlineData("aad", "unique_name")]
    [InlineData("google", "name")]
    [InlineData("google", "preferred_username")]
    [InlineData("github", "urn:github:name")]
    public void NoOtherClaimIsTakenForTheEmailEvenWhenItHoldsAnAddress(string provider, string claimType)
    {
        var principal = ClientPrincipalHeader.Read(Encode(provider, (claimType, "camille@pauseia.fr")));

        Assert.Equal(new ClientPrincipal(provider, null), principal);
    }

    [Theory]
    [InlineData("false", null)]
    [InlineData("False", null)]
    [InlineData("true", "lea@pauseia.fr")]
    public void AnOpenIdConnectEmailCountsOnlyWhenItIsNotMarkedUnverified(string verified, string? expected)
    {
        Assert.Equal(expected, ClientPrincipalHeader.Read(Encode("google", ("email", "lea@pauseia.fr"), ("email_verified", verified)))?.Email);
        Assert.Equal(expected, ClientPrincipalHeader.Read(Encode("aad", ("email", "lea@pauseia.fr"), ("email_verified", verified)))?.Email);
    }

    [Fact]
    public void APrincipalWithoutAnAddressHasNoEmail()
    {
        var principal = ClientPrincipalHeader.Read(Convert.ToBase64String(Encoding.UTF8.GetBytes("""{ "auth_typ": "aad", "claims": [{ "typ": "name", "val": "Camille" }, "odd", { "val": "x@y.fr" }, { "typ": "email", "val": "pas une adresse" }] }""")));

        Assert.Equal(new ClientPrincipal("aad", null), principal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("%%%")]
    [InlineData("bm90IGpzb24=")]
    [InlineData("WzFd")]
    public void AHeaderNotInEasyAuthsFormatIsNoPrincipal(string header)
    {
        Assert.Null(ClientPrincipalHeader.Read(header));
    }

    private static string Encode(string provider, params (string Type, string Value)[] claims) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new
        {
            auth_typ = provider,
            claims = claims.Select(c => new { typ = c.Type, val = c.Value }),
        })));
}
