using System.Text.Json.Nodes;
using PauseIA.Media.Common;
using PauseIA.Media.Contacts;
using PauseIA.Media.Contacts.Privacy;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Contacts;

public sealed class ContactEditorTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task ACreatedContactIsReadBackWithItsVersionAndACreatedEntry()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var email = ContactsTestKit.Unique("claire");
        var created = await services.Get<ContactEditor>().CreateAsync(services.Spokesperson(), new ContactInput
        {
            Email = $" {email.ToUpperInvariant()} ", FirstName = " Claire ", LastName = "Dubois", Outlet = "Le Monde", MediaType = "presse écrite",
            Beats = ["Tech", "IA", "tech"], City = "Paris", Language = "FR", Phone = "+33 6 12 34 56 78", Notes = "Service\r\nPixels",
        });

        var read = await services.Get<ContactDirectory>().GetAsync(services.Spokesperson(), email);
        Assert.Equal(created.ETag, read.ETag);
        Assert.NotNull(read.ETag);
        Assert.Equal((email, "Claire", MediaType.Print, "fr", "Service\nPixels", "redaction.fr", TestSettings.Spokesperson, ContactSource.Manual, LawfulBasis.LegitimateInterest),
            (read.Email, read.FirstName, read.MediaType, read.Language, read.Notes, read.OutletDomain, read.Owner, read.Source, read.LawfulBasis));
        Assert.Equal(["tech", "ia"], read.Beats);
        var entry = Assert.Single((await services.Get<ContactDirectory>().TimelineAsync(services.Spokesperson(), email, null, null)).Items);
        Assert.Equal((ContactActivityKind.Created, TestSettings.Spokesperson), (entry.Kind, entry.Actor));
    }

    [Fact]
    public async Task AStaleVersionIsRefusedWith409FromTheBodyAnd412FromIfMatchAndNothingIsOverwritten()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var editor = services.Get<ContactEditor>();
        var member = services.Spokesperson();
        var original = await services.CreateContactAsync(ContactsTestKit.Unique("etag"), city: "Paris");
        var first = await editor.ReplaceAsync(member, original.Email, original.AsInput() with { City = "Lyon" }, new ExpectedVersion(original.ETag!, true));

        var fromBody = await Assert.ThrowsAsync<DomainException>(() =>
            editor.ReplaceAsync(member, original.Email, original.AsInput() with { City = "Nantes" }, new ExpectedVersion(original.ETag!, false)));
        var fromHeader = await Assert.ThrowsAsync<DomainException>(() =>
            editor.PatchAsync(member, original.Email, new JsonObject { ["city"] = "Nantes" }, new ExpectedVersion(original.ETag!, true)));

        Assert.Equal(DomainErrorKind.Conflict, fromBody.Kind);
        Assert.Equal(DomainErrorKind.PreconditionFailed, fromHeader.Kind);
        var stored = await services.Get<ContactStore>().GetAsync(original.Email);
        Assert.Equal(("Lyon", first.ETag), (stored.City, stored.ETag));
        Assert.NotEqual(original.ETag, first.ETag);
    }

    [Fact]
    public async Task TwoEditorsOnTheSameVersionCannotBothWin()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var editor = services.Get<ContactEditor>();
        var original = await services.CreateContactAsync(ContactsTestKit.Unique("race"));
        var attempts = Enumerable.Range(0, 4).Select(i => Attempt(i)).ToList();
        var outcomes = await Task.WhenAll(attempts);

        Assert.Single(outcomes, o => o);
        async Task<bool> Attempt(int i)
        {
            try
            {
                await editor.PatchAsync(services.Spokesperson(), original.Email, new JsonObject { ["phone"] = $"0{i} 00 00 00 00" }, new ExpectedVersion(original.ETag!, false));
                return true;
            }
            catch (DomainException ex) when (ex.Kind == DomainErrorKind.Conflict)
            {
                return false;
            }
        }
    }

    [Theory]
    [InlineData(null, null)]
    [InlineData("*", null)]
    public void AnEditWithoutARealVersionIsRefused(string? ifMatch, string? body)
    {
        var error = Assert.Throws<DomainException>(() => ExpectedVersion.Require(ifMatch, body));
        Assert.Equal(DomainErrorKind.BadRequest, error.Kind);
    }

    [Fact]
    public async Task APatchChangesWhatItNamesClearsWhatItNullsAndRecordsWhoChangedWhat()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var original = await services.CreateContactAsync(ContactsTestKit.Unique("patch"), city: "Paris", beats: ["ia"]);
        services.Time.Advance(TimeSpan.FromMinutes(5));

        var patched = await services.Get<ContactEditor>().PatchAsync(
            services.Member(TestSettings.PressOfficer), original.Email, new JsonObject { ["Phone"] = "01 23 45 67 89", ["city"] = null, ["etag"] = "ignored" }, new ExpectedVersion(original.ETag!, false));

        Assert.Equal(("01 23 45 67 89", (string?)null, "Camille", "Le Test"), (patched.Phone, patched.City, patched.FirstName, patched.Outlet));
        Assert.Equal(["ia"], patched.Beats);
        var edit = (await services.TimelineAsync(original.Email))[0];
        Assert.Equal((ContactActivityKind.Edited, TestSettings.PressOfficer), (edit.Kind, edit.Actor));
        Assert.Contains("city, phone", edit.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheTimelinePagesNewestFirstAndEndsWithTheCreation()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var contact = await services.CreateContactAsync(ContactsTestKit.Unique("pages"));
        foreach (var reference in new[] { "PIA-1", "PIA-2", "PIA-3" })
        {
            services.Time.Advance(TimeSpan.FromHours(1));
            await services.Get<IJournalistContacts>().RecordActivityAsync(contact.Email, new ContactActivity(ContactActivityKind.Inquiry, reference, reference, null, services.Time.GetUtcNow()));
        }

        var directory = services.Get<ContactDirectory>();
        foreach (var (limit, expected) in new[] { (2, new[] { "PIA-3,PIA-2", "PIA-1,created" }), (3, ["PIA-3,PIA-2,PIA-1", "created"]) })
        {
            var pages = new List<string>();
            string? continuation = null;
            do
            {
                var page = await directory.TimelineAsync(services.Spokesperson(), contact.Email, limit, continuation);
                pages.Add(string.Join(',', page.Items.Select(a => a.Kind == ContactActivityKind.Created ? "created" : a.RelatedId)));
                continuation = page.Continuation;
            }
            while (continuation is not null);

            Assert.Equal(expected, pages);
        }
    }

    [Fact]
    public async Task AnEditThatChangesNothingWritesNothing()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var original = await services.CreateContactAsync(ContactsTestKit.Unique("same"));
        var same = await services.Get<ContactEditor>().ReplaceAsync(services.Spokesperson(), original.Email, original.AsInput(), new ExpectedVersion(original.ETag!, true));
        Assert.Equal(original.ETag, same.ETag);
        Assert.Empty(await services.Get<ContactTimeline>().EntriesAsync(original.Email));
    }

    [Fact]
    public async Task BadInputIsA400AndChangesNothing()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var editor = services.Get<ContactEditor>();
        var member = services.Spokesperson();
        var existing = await services.CreateContactAsync(ContactsTestKit.Unique("bad"));
        var version = new ExpectedVersion(existing.ETag!, false);
        var attempts = new Func<Task>[]
        {
            () => editor.CreateAsync(member, new ContactInput { FirstName = "Sans adresse" }),
            () => editor.CreateAsync(member, new ContactInput { Email = "pas-une-adresse" }),
            () => editor.CreateAsync(member, new ContactInput { Email = ContactsTestKit.Unique("m"), MediaType = "blog" }),
            () => editor.CreateAsync(member, new ContactInput { Email = ContactsTestKit.Unique("o"), Owner = "inconnu@ailleurs.fr" }),
            () => editor.PatchAsync(member, existing.Email, new JsonObject { ["phone"] = "appelez-moi" }, version),
            () => editor.PatchAsync(member, existing.Email, new JsonObject { ["beats"] = "pas une liste" }, version),
            () => editor.PatchAsync(member, existing.Email, new JsonObject { ["email"] = ContactsTestKit.Unique("autre") }, version),
            () => editor.PatchAsync(member, existing.Email, new JsonObject { ["notes"] = new string('x', ContactValidator.NotesMax + 1) }, version),
        };

        foreach (var attempt in attempts)
        {
            var error = await Assert.ThrowsAsync<DomainException>(attempt);
            Assert.Equal(DomainErrorKind.BadRequest, error.Kind);
            Assert.Contains(" / ", error.Message, StringComparison.Ordinal);
        }

        Assert.Equal(existing.ETag, (await services.Get<ContactStore>().GetAsync(existing.Email)).ETag);
    }

    [Fact]
    public async Task AnAddressAlreadyOnTheListOrErasedCannotBeCreatedAgain()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var existing = await services.CreateContactAsync(ContactsTestKit.Unique("twice"));
        var erased = ContactsTestKit.Unique("gone");
        await services.Get<SuppressionList>().AddAsync(erased, SuppressionReason.Erased, null, services.Time.GetUtcNow());

        var twice = await Assert.ThrowsAsync<DomainException>(() => services.CreateContactAsync(existing.Email.ToUpperInvariant()));
        var again = await Assert.ThrowsAsync<DomainException>(() => services.CreateContactAsync(erased));
        Assert.Equal(DomainErrorKind.Conflict, twice.Kind);
        Assert.Equal(DomainErrorKind.Conflict, again.Kind);
        Assert.Null(await services.Get<ContactStore>().FindAsync(erased));
    }

    [Fact]
    public async Task ALocalLeadSeesAndEditsTheContactsOfTheirCityOnly()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var lead = services.Member(TestSettings.LyonLead);
        var beat = $"local-{Guid.NewGuid():N}";
        var lyon = await services.CreateContactAsync(ContactsTestKit.Unique("lyon"), city: "LYON", beats: [beat]);
        var paris = await services.CreateContactAsync(ContactsTestKit.Unique("paris"), city: "Paris", beats: [beat]);
        var directory = services.Get<ContactDirectory>();
        var editor = services.Get<ContactEditor>();

        Assert.Equal([lyon.Email], (await directory.ListAsync(lead, new ContactFilter { Beats = [beat] }, null, null)).Items.Select(c => c.Email));
        Assert.Empty((await directory.ListAsync(lead, new ContactFilter { Beats = [beat], Cities = ["Paris"] }, null, null)).Items);
        Assert.Equal(lyon.Email, (await directory.GetAsync(lead, lyon.Email)).Email);
        var edited = await editor.PatchAsync(lead, lyon.Email, new JsonObject { ["phone"] = "04 72 00 00 00" }, new ExpectedVersion(lyon.ETag!, false));
        Assert.Equal("04 72 00 00 00", edited.Phone);
        var created = await editor.CreateAsync(lead, new ContactInput { Email = ContactsTestKit.Unique("new"), City = "Lyon" });
        Assert.Equal(TestSettings.LyonLead, created.Owner);

        var refusals = new Func<Task>[]
        {
            () => directory.GetAsync(lead, paris.Email),
            () => directory.TimelineAsync(lead, paris.Email, null, null),
            () => editor.PatchAsync(lead, paris.Email, new JsonObject { ["phone"] = "01 00 00 00 00" }, new ExpectedVersion(paris.ETag!, false)),
            () => editor.PatchAsync(lead, lyon.Email, new JsonObject { ["city"] = "Paris" }, new ExpectedVersion(edited.ETag!, false)),
            () => editor.CreateAsync(lead, new ContactInput { Email = ContactsTestKit.Unique("elsewhere"), City = "Marseille" }),
            () => editor.CreateAsync(lead, new ContactInput { Email = ContactsTestKit.Unique("nowhere") }),
            () => editor.DeleteAsync(lead, lyon.Email, new ExpectedVersion(edited.ETag!, true)),
        };
        foreach (var refusal in refusals)
        {
            Assert.Equal(DomainErrorKind.Forbidden, (await Assert.ThrowsAsync<DomainException>(refusal)).Kind);
        }

        Assert.Equal("Lyon", services.Member(TestSettings.LyonLead).Cities.Single());
        Assert.Null((await services.Get<ContactStore>().GetAsync(paris.Email)).Phone);
    }

    [Fact]
    public async Task TheListFiltersWithoutCaseOrAccentsAndPagesWithAContinuation()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var beat = $"page-{Guid.NewGuid():N}";
        var emails = new List<string>();
        foreach (var (city, language) in new[] { ("Besançon", "fr"), ("besancon", "fr"), ("Lyon", "en"), ("BESANÇON", "en"), ("Rennes", "fr") })
        {
            emails.Add((await services.CreateContactAsync(ContactsTestKit.Unique("p"), city: city, beats: [beat], language: language)).Email);
        }

        var directory = services.Get<ContactDirectory>();
        var member = services.Spokesperson();
        var filter = new ContactFilter { Beats = [beat.ToUpperInvariant()], Cities = ["Besancon"] };
        var first = await directory.ListAsync(member, filter, 2, null);
        var second = await directory.ListAsync(member, filter, 2, first.Continuation);

        Assert.Equal(2, first.Items.Count);
        Assert.NotNull(first.Continuation);
        Assert.Equal(emails.Take(2).Concat(emails.Skip(3).Take(1)).Order(StringComparer.Ordinal), first.Items.Concat(second.Items).Select(c => c.Email));
        Assert.Equal(3, (await directory.ListAsync(member, filter, 10, null)).Items.Count);
        Assert.Equal(2, (await directory.ListAsync(member, new ContactFilter { Beats = [beat], Languages = ["EN"] }, null, null)).Items.Count);
        Assert.Single((await directory.ListAsync(member, new ContactFilter { Text = $"rennes {beat}" }, null, null)).Items);
        Assert.Equal(DomainErrorKind.BadRequest, (await Assert.ThrowsAsync<DomainException>(() => directory.ListAsync(member, filter, 2, "pas-un-jeton!"))).Kind);
        Assert.Equal(DomainErrorKind.BadRequest, (await Assert.ThrowsAsync<DomainException>(() => directory.ListAsync(member, filter, 0, null))).Kind);
    }

    [Fact]
    public async Task DeletingRemovesTheContactAndItsTimelineAndIsAudited()
    {
        await using var services = await ContactsTestKit.CreateAsync(azurite);
        var contact = await services.CreateContactAsync(ContactsTestKit.Unique("delete"));

        var stale = await Assert.ThrowsAsync<DomainException>(() =>
            services.Get<ContactEditor>().DeleteAsync(services.Spokesperson(), contact.Email, new ExpectedVersion("W/\"datetime'2000-01-01T00%3A00%3A00Z'\"", true)));
        Assert.Equal(DomainErrorKind.PreconditionFailed, stale.Kind);
        await services.Get<ContactEditor>().DeleteAsync(services.Spokesperson(), contact.Email, new ExpectedVersion(contact.ETag!, true));

        Assert.Null(await services.Get<ContactStore>().FindAsync(contact.Email));
        Assert.Empty(await services.Get<ContactTimeline>().EntriesAsync(contact.Email));
        var audit = Assert.Single(await services.Get<ContactAuditLog>().ListAsync(email: contact.Email));
        Assert.Equal((ContactAuditAction.Deleted, TestSettings.Spokesperson), (audit.Action, audit.Actor));
        Assert.Equal(DomainErrorKind.NotFound, (await Assert.ThrowsAsync<DomainException>(() => services.Get<ContactDirectory>().GetAsync(services.Spokesperson(), contact.Email))).Kind);
    }
}
