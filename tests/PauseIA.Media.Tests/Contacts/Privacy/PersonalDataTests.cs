using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Common;
using PauseIA.Media.Contacts;
using PauseIA.Media.Contacts.Import;
using PauseIA.Media.Contacts.Privacy;
using PauseIA.Media.Contacts.Segments;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Contacts.Privacy;

public sealed class PersonalDataTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task TheAccessExportHoldsEverythingKeptOnThePersonAndIsLogged()
    {
        var inquiries = new FakePersonalDataSource();
        await using var services = await ContactsTestKit.CreateAsync(azurite, s => s.AddSingleton<IPersonalDataSource>(inquiries));
        var beat = $"gdpr-{Guid.NewGuid():N}";
        var contact = await services.CreateContactAsync(ContactsTestKit.Unique("access"), city: "Rennes", beats: [beat]);
        inquiries.Held[contact.Email] = new JsonArray(new JsonObject { ["reference"] = "PIA-2026-0042", ["subject"] = "Interview IA" });
        var segment = await services.Get<SegmentStore>().CreateAsync(services.Spokesperson(), new SegmentInput("RGPD", null, new ContactFilter { Beats = [beat] }));
        await services.Get<SegmentStore>().CreateAsync(services.Spokesperson(), new SegmentInput("Autre", null, new ContactFilter { Beats = ["jamais"] }));
        services.Time.Advance(TimeSpan.FromMinutes(1));
        await services.Get<IJournalistContacts>().RecordActivityAsync(contact.Email, new ContactActivity(ContactActivityKind.Inquiry, "Demande PIA-2026-0042", "PIA-2026-0042", null, services.Time.GetUtcNow()));
        services.Time.Advance(TimeSpan.FromMinutes(1));
        await services.Get<IJournalistContacts>().OptOutAsync(contact.Email, "list-unsubscribe");
        services.Time.Advance(TimeSpan.FromMinutes(1));

        var export = await services.Get<PersonalDataExporter>().ExportAsync(services.Member(TestSettings.PressOfficer), contact.Email.ToUpperInvariant());

        Assert.Equal((contact.Email, TestSettings.PressOfficer, "Pause IA France", "https://pauseia.fr/confidentialite"), (export.Subject, export.GeneratedBy, export.Controller, export.PrivacyNoticeUrl));
        Assert.Equal(contact.Email, export.Contact?.Email);
        Assert.Equal([ContactActivityKind.OptedOut, ContactActivityKind.Inquiry, ContactActivityKind.Created], export.Timeline.Select(a => a.Kind));
        Assert.Equal((true, false, false, "list-unsubscribe"), (export.Suppression.OptedOut, export.Suppression.HardBounced, export.Suppression.Erased, export.Suppression.Source));
        Assert.Equal([new SegmentReference(segment.Id, "RGPD")], export.Segments);
        Assert.Equal("PIA-2026-0042", export.Sources["inquiries"]?[0]?["reference"]?.GetValue<string>());
        Assert.Equal(1095, export.Retention.InactiveAfterDays);

        var json = JsonSerializer.SerializeToElement(export, JsonDefaults.Options);
        Assert.Equal(contact.Email, json.GetProperty("contact").GetProperty("email").GetString());
        Assert.Equal("optedOut", json.GetProperty("timeline")[0].GetProperty("kind").GetString());
        Assert.True(json.GetProperty("sources").TryGetProperty("inquiries", out _));

        var logged = Assert.Single(await services.Get<ContactAuditLog>().ListAsync(email: contact.Email));
        Assert.Equal((ContactAuditAction.DataExported, TestSettings.PressOfficer), (logged.Action, logged.Actor));
        Assert.Equal(ContactActivityKind.Exported, (await services.TimelineAsync(contact.Email))[0].Kind);
    }

    [Fact]
    public async Task AnAddressWeHoldNothingOnIsA404AndOneOnlyAnotherFeatureHoldsIsExported()
    {
        var inquiries = new FakePersonalDataSource();
        await using var services = await ContactsTestKit.CreateAsync(azurite, s => s.AddSingleton<IPersonalDataSource>(inquiries));
        var onlyInquiry = ContactsTestKit.Unique("inquiry-only");
        inquiries.Held[onlyInquiry] = new JsonArray("PIA-2026-0001");

        var missing = await Assert.ThrowsAsync<DomainException>(() => services.Get<PersonalDataExporter>().ExportAsync(services.Spokesperson(), ContactsTestKit.Unique("nobody")));
        var export = await services.Get<PersonalDataExporter>().ExportAsync(services.Spokesperson(), onlyInquiry);

        Assert.Equal(DomainErrorKind.NotFound, missing.Kind);
        Assert.Null(export.Contact);
        Assert.Empty(export.Timeline);
        Assert.NotNull(export.Sources["inquiries"]);
        Assert.Equal(DomainErrorKind.Forbidden, (await Assert.ThrowsAsync<DomainException>(() => services.Get<PersonalDataExporter>().ExportAsync(services.Member(TestSettings.RennesLead), onlyInquiry))).Kind);
    }

    [Fact]
    public async Task ErasureRemovesThePersonEverywhereAndTheAddressNeverComesBack()
    {
        var inquiries = new FakePersonalDataSource();
        await using var services = await ContactsTestKit.CreateAsync(azurite, s => s.AddSingleton<IPersonalDataSource>(inquiries));
        var contact = await services.CreateContactAsync(ContactsTestKit.Unique("erase"), city: "Lyon");
        inquiries.Held[contact.Email] = new JsonArray("PIA-2026-0007");
        await services.Get<IJournalistContacts>().RecordActivityAsync(contact.Email, new ContactActivity(ContactActivityKind.Inquiry, "Demande", "PIA-2026-0007", null, services.Time.GetUtcNow()));

        var report = await services.Get<ContactEraser>().EraseAsync(services.Spokesperson(), contact.Email, "demande écrite du 28/11");

        Assert.True(report.ContactFound);
        Assert.Equal(1, report.TimelineEntries);
        Assert.Equal(1, report.Sources["inquiries"]);
        var (erasedEmail, pseudonym) = Assert.Single(inquiries.Erased);
        Assert.Equal(contact.Email, erasedEmail);
        Assert.EndsWith("@erased.invalid", pseudonym, StringComparison.Ordinal);
        Assert.DoesNotContain(contact.Email.Split('@')[0], pseudonym, StringComparison.Ordinal);
        Assert.Null(await services.Get<ContactStore>().FindAsync(contact.Email));
        Assert.Empty(await services.Get<ContactTimeline>().EntriesAsync(contact.Email));
        Assert.Equal(SuppressionReason.Erased, await services.Get<IJournalistContacts>().SuppressionAsync(contact.Email));

        var audit = Assert.Single(await services.Get<ContactAuditLog>().ListAsync(email: contact.Email));
        Assert.Equal((ContactAuditAction.Erased, TestSettings.Spokesperson, report.Subject), (audit.Action, audit.Actor, audit.Subject));
        Assert.DoesNotContain(contact.Email, audit.Summary, StringComparison.Ordinal);
        Assert.Contains("demande écrite du 28/11", audit.Summary, StringComparison.Ordinal);

        var fromInquiry = (await services.Get<IJournalistContacts>().FindOrCreateFromInquiryAsync(new InquirySender(contact.Email, "Revenu Encore", "Le Progrès", null, null, "Lyon", "fr")))!;
        Assert.Equal((false, true), (fromInquiry.Created, fromInquiry.OptedOut));
        Assert.Null(await services.Get<ContactStore>().FindAsync(contact.Email));
        var reimport = await services.Get<ContactImporter>().ImportAsync(services.Spokesperson(), ContactsTestKit.Utf8($"email\n{contact.Email}\n"), commit: true);
        Assert.Equal("erased", Assert.Single(reimport.Rows).ReasonCode);
        Assert.Null(await services.Get<ContactStore>().FindAsync(contact.Email));

        var twice = await services.Get<ContactEraser>().EraseAsync(services.Spokesperson(), contact.Email, null);
        Assert.False(twice.ContactFound);
        Assert.Equal(report.Subject, twice.Subject);
    }

    [Fact]
    public async Task TheFirstMailToAContactCarriesThePrivacyNoticeOnce()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var contacts = services.Get<IJournalistContacts>();
        var created = (await contacts.FindOrCreateFromInquiryAsync(new InquirySender(ContactsTestKit.Unique("first"), "Jeanne Dupont", null, null, null, null, "fr")))!;
        var imported = await services.CreateContactAsync(ContactsTestKit.Unique("imported"));

        Assert.True(created.Created);
        Assert.True(created.PrivacyNoticeDue);
        Assert.True((await contacts.FindAsync(imported.Email))!.PrivacyNoticeDue);
        await contacts.MarkPrivacyNoticeSentAsync(created.Email.ToUpperInvariant());
        Assert.False((await contacts.FindAsync(created.Email))!.PrivacyNoticeDue);
        Assert.NotNull((await services.Get<ContactStore>().GetAsync(created.Email)).PrivacyNoticeSentAt);
        Assert.Equal("https://pauseia.fr/confidentialite", services.Get<ContactPrivacyNotice>().Url);
    }
}
