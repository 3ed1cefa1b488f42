using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Common;
using PauseIA.Media.Contacts;
using PauseIA.Media.Identity;
using PauseIA.Media.LocalHost.Storage;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Contacts;

/// <summary>What the contacts tests share: services, team members, unique addresses, test files.</summary>
internal static class ContactsTestKit
{
    public static Task<TestServices> CreateAsync(AzuriteFixture azurite, Action<IServiceCollection>? configure = null, DateTimeOffset? now = null, IDictionary<string, string?>? settings = null) =>
        TestServices.CreateAsync(
            azurite,
            settings,
            configure: configure,
            now: now);

    public static TeamMember Member(this TestServices services, string email) =>
        services.Get<TeamDirectory>().Find(email) ?? throw new InvalidOperationException($"{email} is not in the test team.");

    public static TeamMember Spokesperson(this TestServices services) => services.Member(TestSettings.Spokesperson);

    /// <summary>An address no other test uses (tests of a class share one Azurite).</summary>
    public static string Unique(string name, string domain = "redaction.fr") => $"{name}.{Guid.NewGuid().ToString("N")[..10]}@{domain}";

    /// <summary>What a client sends back after reading <paramref name="contact"/>: the JSON it got, read as input.</summary>
    public static ContactInput AsInput(this Contact contact) =>
        JsonSerializer.Deserialize<ContactInput>(JsonSerializer.Serialize(contact, JsonDefaults.Options), JsonDefaults.Options)!;

    public static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    /// <summary>A file of Contacts/Import/Files, read from the source tree so that its bytes (encoding, line ends) are exactly as committed.</summary>
    public static byte[] File(string name) =>
        System.IO.File.ReadAllBytes(Path.Combine(RepositoryRoot.Find(), "tests", "PauseIA.Media.Tests", "Contacts", "Import", "Files", name));

    /// <summary>A shared sample, copied to the output by the test project.</summary>
    public static byte[] Sample(string name) => System.IO.File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", "contacts", name));

    /// <summary>The contact's whole timeline, its creation included.</summary>
    public static async Task<IReadOnlyList<ContactActivity>> TimelineAsync(this TestServices services, string email) =>
        await services.Get<ContactTimeline>().ListAsync(await services.Get<ContactStore>().GetAsync(email));

    public static Task<Contact> CreateContactAsync(this TestServices services, string email, string? city = null, IReadOnlyList<string>? beats = null, string? language = "fr", string? firstName = "Camille", string? lastName = "Durand", string? outlet = "Le Test") =>
        services.Get<ContactEditor>().CreateAsync(
            services.Spokesperson(),
            new ContactInput { Email = email, FirstName = firstName, LastName = lastName, Outlet = outlet, City = city, Beats = beats, Language = language, MediaType = "print" });
}
