using MimeKit;
using PauseIA.Media.Email;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Email;

public sealed class OutboxTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task WithoutAnApiKeyMailGoesToTheOutboxWithItsPayloadAndEml()
    {
        await using var services = await TestServices.CreateAsync(azurite);
        var sends = services.Get<MailSends>();

        var sent = await sends.SendAsync(new OutgoingMail(
            MailKind.Acknowledgement, "PIA-2026-0001", [new MailAddress("j.dupont@lemonde.fr", "Jeanne Dupont")],
            "Re: Demande d'interview [PIA-2026-0001]", "Bonjour,\nNous avons bien reçu votre demande.")
        {
            InReplyTo = "abc@lemonde.fr",
            References = ["abc@lemonde.fr"],
            Headers = new Dictionary<string, string> { ["Auto-Submitted"] = "auto-replied" },
        }, services.Get<MailSender>().NewMessageId());

        var entry = Assert.Single(await services.Get<OutboxStore>().ListAsync(relatedId: "PIA-2026-0001"));
        Assert.Equal("Acknowledgement", entry.Kind);
        Assert.Equal("PIA-2026-0001", entry.RelatedId);
        Assert.Equal(["j.dupont@lemonde.fr"], entry.To);
        Assert.Equal("auto-replied", entry.Headers["Auto-Submitted"]);
        Assert.Equal($"<{sent.MessageId}>", entry.Headers["Message-ID"]);

        var eml = await services.Get<OutboxStore>().ReadBlobAsync(Assert.Single(entry.EmlBlobs));
        var message = MimeMessage.Load(new MemoryStream(System.Text.Encoding.UTF8.GetBytes(eml)));
        Assert.Equal("abc@lemonde.fr", message.InReplyTo);
        Assert.Equal("Re: Demande d'interview [PIA-2026-0001]", message.Subject);
        Assert.Contains("bien reçu", message.TextBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOutboxListsNewestFirstAndFiltersByKind()
    {
        await using var services = await TestServices.CreateAsync(azurite);
        var sends = services.Get<MailSends>();
        await sends.SendAsync(new OutgoingMail(MailKind.Notification, "order", [new MailAddress("a@pauseia.fr")], "first", "1"), "order-1@media.pauseia.fr");
        services.Time.Advance(TimeSpan.FromMinutes(1));
        await sends.SendAsync(new OutgoingMail(MailKind.Acknowledgement, "order", [new MailAddress("b@example.org")], "second", "2"), "order-2@media.pauseia.fr");

        var all = await services.Get<OutboxStore>().ListAsync(relatedId: "order");
        Assert.Equal(["second", "first"], all.Select(e => e.Subject));
        Assert.Equal("first", Assert.Single(await services.Get<OutboxStore>().ListAsync(kind: "notification", relatedId: "order")).Subject);
    }

    [Fact]
    public async Task AHeaderValueWithALineBreakIsRefusedAndNothingIsStored()
    {
        await using var services = await TestServices.CreateAsync(azurite);
        var mail = new OutgoingMail(MailKind.Acknowledgement, "injection", [new MailAddress("x@example.org")], "Hello\r\nBcc: victim@example.org", "body");

        await Assert.ThrowsAsync<ArgumentException>(() => services.Get<MailSends>().SendAsync(mail, "injection@media.pauseia.fr"));
        Assert.Empty(await services.Get<OutboxStore>().ListAsync(relatedId: "injection"));
    }
}
