using PauseIA.Media.Contacts;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Contacts;

/// <summary>The in-memory list other features test with answers as the real one over Azurite does.</summary>
public sealed class JournalistContactsContractTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AnAddressIsOneContactWhateverItsCaseOrSpaces(bool real)
    {
        await using var list = await ListAsync(real);
        var email = ContactsTestKit.Unique("claire.dubois", "LeMonde.fr");

        var created = (await list.Contacts.FindOrCreateFromInquiryAsync(new InquirySender($" {email.ToUpperInvariant()} ", "Claire Dubois", null, null, null, null, "fr")))!;
        var again = (await list.Contacts.FindOrCreateFromInquiryAsync(new InquirySender(email, null, null, null, null, null, null)))!;
        var found = await list.Contacts.FindAsync($"{email.ToUpperInvariant()} ");

        Assert.Equal((email.ToLowerInvariant(), true, false), (created.Email, created.Created, again.Created));
        Assert.Equal(email.ToLowerInvariant(), found?.Email);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AnOptOutOrABounceHoldsForTheAddressEvenWithoutAContact(bool real)
    {
        await using var list = await ListAsync(real);
        var leaving = ContactsTestKit.Unique("leaving");
        var bounced = ContactsTestKit.Unique("bounced");

        await list.Contacts.OptOutAsync(leaving.ToUpperInvariant(), "test");
        await list.Contacts.MarkHardBouncedAsync(bounced, "550 unknown user");

        Assert.Equal(SuppressionReason.OptedOut, await list.Contacts.SuppressionAsync(leaving));
        Assert.Equal(SuppressionReason.HardBounce, await list.Contacts.SuppressionAsync($" {bounced.ToUpperInvariant()}"));
        Assert.Null(await list.Contacts.SuppressionAsync(ContactsTestKit.Unique("staying")));
        Assert.Null(await list.Contacts.FindAsync(leaving));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task AnInvalidAddressIsNeverMailedAndIsNobody(bool real)
    {
        await using var list = await ListAsync(real);

        Assert.Equal(SuppressionReason.NoEmail, await list.Contacts.SuppressionAsync("pas une adresse"));
        Assert.Null(await list.Contacts.FindAsync("pas une adresse"));
    }

    private async Task<ContactList> ListAsync(bool real)
    {
        if (!real)
        {
            return new ContactList(new FakeJournalistContacts(), null);
        }

        var services = await ContactsTestKit.CreateAsync(azurite);
        return new ContactList(services.Get<IJournalistContacts>(), services);
    }

    private sealed record ContactList(IJournalistContacts Contacts, TestServices? Services) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            if (Services is not null)
            {
                await Services.DisposeAsync();
            }
        }
    }
}
