using PauseIA.Media.Contacts;

namespace PauseIA.Media.Tests.Contacts;

public sealed class ContactRowTests
{
    [Fact]
    public void AContactSurvivesTheRowAndItsBeatsBecomeFilterableColumns()
    {
        var contact = Contact.New(
            "claire.dubois@lemonde.fr",
            new ContactFields { FirstName = "Claire", City = "Besançon", Outlet = "Le Monde", MediaType = MediaType.Print, Beats = ["ia", "société", "e-sport"], Notes = "x" },
            ContactSource.Import,
            DateTimeOffset.Parse("2026-11-30T09:00:00Z"),
            null,
            "porte-parole@pauseia.fr",
            "import-1") with { OptedOut = true, OptedOutAt = DateTimeOffset.Parse("2026-12-01T09:00:00Z"), OptOutSource = "list-unsubscribe" };

        var row = ContactRow.ToEntity(contact);

        Assert.Equal(("c", "claire.dubois@lemonde.fr", "besancon", "le monde"), (row.PartitionKey, row.RowKey, row.GetString("CityKey"), row.GetString("OutletKey")));
        Assert.True(row.GetBoolean("Beat_ia"));
        Assert.True(row.GetBoolean("Beat_societe"));
        Assert.True(row.GetBoolean("Beat_e_sport"));
        Assert.False(row.ContainsKey("Phone"));
        var back = ContactRow.ToContact(row);
        Assert.Equal(contact with { Beats = back.Beats }, back);
        Assert.Equal(contact.Beats, back.Beats);
    }

    [Fact]
    public void ABeatFilterRunsOnTheServerAsBeatColumns()
    {
        var filter = new ContactFilter { Beats = ["IA", "Société"], Cities = ["Lyon"] }.Normalize();
        Assert.Equal("(CityKey eq 'lyon') and (Beat_ia eq true or Beat_societe eq true)", filter.ServerFilter());
    }
}
