using PauseIA.Media.Common;
using PauseIA.Media.Contacts;

namespace PauseIA.Media.Tests.Contacts;

public sealed class ContactEmailTests
{
    [Theory]
    [InlineData(" Claire.Dubois@LeMonde.FR ", "claire.dubois@lemonde.fr")]
    [InlineData("Claire Dubois <claire.dubois@lemonde.fr>", "claire.dubois@lemonde.fr")]
    [InlineData("mailto:j.mahe@leprogres.fr", "j.mahe@leprogres.fr")]
    [InlineData("redaction@médias-libres.fr", "redaction@xn--mdias-libres-beb.fr")]
    [InlineData("a/b#c?d@example.org", "a/b#c?d@example.org")]
    public void AddressesAreNormalizedToOneForm(string raw, string expected)
    {
        Assert.True(ContactEmail.TryNormalize(raw, out var email));
        Assert.Equal(expected, email);
    }

    [Theory]
    [InlineData("")]
    [InlineData("jean.dupont@")]
    [InlineData("@lemonde.fr")]
    [InlineData("jean dupont@lemonde.fr")]
    [InlineData("jean..dupont@lemonde.fr")]
    [InlineData("jean@localhost")]
    [InlineData("jean@lemonde.fr|x")]
    [InlineData("karim.haddad(at)mediapart")]
    public void WhatIsNotAnAddressIsRefusedWithA400(string raw)
    {
        Assert.False(ContactEmail.TryNormalize(raw, out _));
        var error = Assert.Throws<DomainException>(() => ContactEmail.Normalize(raw));
        Assert.Equal(DomainErrorKind.BadRequest, error.Kind);
    }
}
