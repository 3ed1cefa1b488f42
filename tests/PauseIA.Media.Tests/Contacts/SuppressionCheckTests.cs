using PauseIA.Media.Contacts;
using PauseIA.Media.Contacts.Privacy;
using PauseIA.Media.Identity;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Contacts;

/// <summary>A send batch's suppression check: one read for all its recipients, as of now.</summary>
public sealed class SuppressionCheckTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task ABatchIsCheckedInOneReadThatSeesAnOptOutOfASecondAgo()
    {
        await using var services = await TestServices.CreateAsync(azurite);
        var contacts = services.Get<IJournalistContacts>();
        var member = services.Get<TeamDirectory>().Find(TestSettings.Spokesperson)!;
        var recipients = Enumerable.Range(0, 300).Select(i => $"r{i}@batch.fr").Append("pas une adresse").ToList();
        await contacts.MarkHardBouncedAsync("r1@batch.fr", "550 unknown");
        await contacts.FindOrCreateFromInquiryAsync(new InquirySender("r2@batch.fr", "R Deux", null, null, null, null, "fr"));
        await services.Get<ContactEraser>().EraseAsync(member, "r2@batch.fr", "demande");
        services.Time.Advance(TimeSpan.FromSeconds(1));
        await contacts.OptOutAsync("R3@Batch.fr", "lien");
        services.Time.Advance(TimeSpan.FromSeconds(1));
        services.Requests.Reset();

        var suppressed = await contacts.SuppressionsAsync(recipients);

        Assert.Equal(1, services.Requests.Count);
        Assert.Equal(
            new Dictionary<string, SuppressionReason>
            {
                ["r1@batch.fr"] = SuppressionReason.HardBounce,
                ["r2@batch.fr"] = SuppressionReason.Erased,
                ["r3@batch.fr"] = SuppressionReason.OptedOut,
                ["pas une adresse"] = SuppressionReason.NoEmail,
            },
            suppressed.OrderBy(s => s.Key, StringComparer.Ordinal).ToDictionary());
    }
}
