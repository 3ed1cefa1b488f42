using System.Text;
using PauseIA.Media.Identity;

namespace PauseIA.Media.Tests.Identity;

public sealed class ClientPrincipalHeaderTests
{
    [Fact]
    public void WhatLocalHostWritesReadsBackAsEasyAuthWouldSendIt()
    {
        var principal = ClientPrincipalHeader.Read(ClientPrincipalHeader.Write("aad", "camille@pauseia.fr", "Camille Martin"));

        Assert.Equal(new ClientPrincipal("aad", "camille@pauseia.fr"), principal);
    }

    [Theory]
    [InlineData("preferred_username", "lea@pauseia.fr")]
    [InlineData("emails", "lea@pauseia.fr")]
    [InlineData("http://schemas.xmlsoap.org/ws/2005/05/identity/claims/upn", "lea@pauseia.fr")]
    public void TheEmailIsTakenFromTheClaimEachProviderUses(string claimType, string email)
    {
        var principal = ClientPrincipalHeader.Read(Encode($$"""{ "auth_typ": "google", "claims": [{ "typ": "name", "val": "Léa" }, { "typ": "{{claimType}}", "val": " {{email}} " }] }"""));

        Assert.Equal(new ClientPrincipal("google", email), principal);
    }

    [Fact]
    public void TheEmailClaimWinsOverANameThatLooksLikeAnAddress()
    {
        var principal = ClientPrincipalHeader.Read(Encode("""
            { "auth_typ": "aad", "claims": [
              { "typ": "name", "val": "alias@example.org" },
              { "typ": "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress", "val": "real@pauseia.fr" }] }
            """));

        Assert.Equal("real@pauseia.fr", principal?.Email);
    }

    [Fact]
    public void APrincipalWithoutAnAddressHasNoEmail()
    {
        var principal = ClientPrincipalHeader.Read(Encode("""{ "auth_typ": "aad", "claims": [{ "typ": "name", "val": "Camille" }, "odd", { "val": "x@y.fr" }] }"""));

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

    private static string Encode(string json) => Convert.ToBase64String(Encoding.UTF8.GetBytes(json));
}
