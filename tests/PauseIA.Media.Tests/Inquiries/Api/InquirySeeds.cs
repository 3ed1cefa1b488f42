using PauseIA.Media.Email;
using PauseIA.Media.Inquiries;

namespace PauseIA.Media.Tests.Inquiries.Api;

/// <summary>Inquiries written straight to storage, with exactly the fields a test needs.</summary>
public static class InquirySeeds
{
    // Test classes share no storage, but tests in one class do: references stay unique across them.
    private static int next = Random.Shared.Next(100_000, 900_000);

    public static async Task<Inquiry> SeedAsync(InquiryHarness harness, Func<Inquiry, Inquiry>? shape = null)
    {
        var number = Interlocked.Increment(ref next);
        var now = harness.Services.Time.GetUtcNow();
        var inquiry = new Inquiry
        {
            Reference = $"PIA-2099-{number}",
            Subject = $"Demande {number}",
            Journalist = new MailAddress($"journaliste{number}@seed.fr", $"Journaliste {number}"),
            ReceivedAt = now,
            LastMessageAt = now,
            Assignee = PauseIA.Media.Testing.TestSettings.Spokesperson,
            RoutingRule = "par-defaut",
            RoutingReason = "Règle par défaut → porte-parole Camille Martin",
        };
        inquiry = shape?.Invoke(inquiry) ?? inquiry;
        var message = new InquiryMessage
        {
            Id = $"seed{number}",
            Direction = MessageDirection.Inbound,
            Kind = InquiryMessageKind.Inquiry,
            MessageId = $"seed-{number}-{Guid.NewGuid():N}@seed.fr",
            From = inquiry.Journalist,
            Subject = inquiry.Subject,
            At = now,
            Text = "Bonjour",
            Html = "<p onclick=\"x()\">Bonjour</p><script>steal()</script><img src=\"https://tracker.example/p.gif\">",
        };
        Assert.Equal(SaveOutcome.Saved, await harness.Store.CreateAsync(inquiry, [message], []));
        return (await harness.Store.FindAsync(inquiry.Reference))!;
    }
}
