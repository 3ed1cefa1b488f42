using System.Net;
using System.Text.Json.Nodes;
using PauseIA.Media.Testing;
using Xunit.Abstractions;

namespace PauseIA.Media.Tests.Guarantees;

/// <summary>
/// Two people (or two tabs) act on the same thing at the same moment, over HTTP through LocalHost: each race has
/// exactly one winner, the loser gets a 409 or 412 and changes nothing, and what is stored is the winner's.
/// Each race is run several times, on fresh records, so that the requests truly overlap in some rounds.
/// </summary>
[Trait("Category", "Faults")]
public sealed class ConcurrentDecisionTests(SendGridFaultSite site, ITestOutputHelper output) : IClassFixture<SendGridFaultSite>, IDisposable
{
    private const int Rounds = 5;

    private readonly PressTeam team = new(site.SignInAsync);

    [Fact]
    public async Task AnApprovalRacingAChangeRequestOnOneVersionHasOneWinner()
    {
        var audience = new { emails = await team.CreateContactsAsync(1, $"review{Guid.NewGuid():N}"[..12]) };
        for (var round = 1; round <= Rounds; round++)
        {
            var created = await team.SendAsync(TestSettings.PressOfficer, HttpMethod.Post, "/api/statements", new { markdown = PressTeam.Markdown($"race {round}"), kind = "pressRelease", audience }, HttpStatusCode.Created);
            var id = (string)created["id"]!;
            await team.SendAsync(TestSettings.PressOfficer, HttpMethod.Post, $"/api/statements/{id}/submit", new { }, HttpStatusCode.OK);

            var (approve, requestChanges) = await BothAsync(
                () => team.TryAsync(TestSettings.CommsDirector, HttpMethod.Post, $"/api/statements/{id}/review", new { decision = "approve", comment = "OK", version = 1 }),
                () => team.TryAsync(TestSettings.CommsDirector, HttpMethod.Post, $"/api/statements/{id}/review", new { decision = "requestChanges", comment = "Le titre, SVP.", version = 1 }));

            var winner = OneWinner(approve.Status, requestChanges.Status);
            var statement = await team.SendAsync(TestSettings.CommsDirector, HttpMethod.Get, $"/api/statements/{id}", null, HttpStatusCode.OK);
            Assert.Equal(winner == 0 ? "approved" : "changesRequested", (string?)statement["state"]);
            Assert.Equal(winner == 0 ? (int?)1 : null, (int?)statement["approval"]?["version"]);
            var decisions = Kinds(statement).Where(k => k is "approved" or "changesRequested").ToList();
            Assert.Equal([winner == 0 ? "approved" : "changesRequested"], decisions);
        }

        output.WriteLine($"{Rounds} rounds of an approval racing a change request: one winner each.");
    }

    [Fact]
    public async Task TwoEditsOfOneContactRacingHaveOneWinner()
    {
        for (var round = 1; round <= Rounds; round++)
        {
            var email = (await team.CreateContactsAsync(1, $"edit{round}{Guid.NewGuid():N}"[..12]))[0];
            var path = $"/api/contacts/{Uri.EscapeDataString(email)}";
            var read = await team.SendAsync(TestSettings.Spokesperson, HttpMethod.Get, path, null, HttpStatusCode.OK);
            var etag = new Dictionary<string, string> { ["If-Match"] = (string)read["etag"]! };

            var (first, second) = await BothAsync(
                () => team.TryAsync(TestSettings.Spokesperson, HttpMethod.Put, path, Edit(read, "Le Monde"), etag),
                () => team.TryAsync(TestSettings.PressOfficer, HttpMethod.Put, path, Edit(read, "Libération"), etag));

            var winner = OneWinner(first.Status, second.Status, loser: HttpStatusCode.PreconditionFailed);
            var stored = await team.SendAsync(TestSettings.Spokesperson, HttpMethod.Get, path, null, HttpStatusCode.OK);
            Assert.Equal(winner == 0 ? "Le Monde" : "Libération", (string?)stored["outlet"]);
            Assert.Equal((string?)(winner == 0 ? first : second).Body!["etag"], (string?)stored["etag"]);
        }

        output.WriteLine($"{Rounds} rounds of two edits of one contact: one winner each.");
    }

    [Fact]
    public async Task TwoSendsOfOneStatementAtOnceSendItOnce()
    {
        const int rounds = 3;
        for (var round = 1; round <= rounds; round++)
        {
            var tag = $"send{round}{Guid.NewGuid():N}"[..12];
            var recipients = await team.CreateContactsAsync(3, tag);
            var id = await team.SignedOffStatementAsync(recipients, tag);

            var (first, second) = await BothAsync(
                () => team.TryAsync(TestSettings.Spokesperson, HttpMethod.Post, $"/api/statements/{id}/send", new { }),
                () => team.TryAsync(TestSettings.Spokesperson, HttpMethod.Post, $"/api/statements/{id}/send", new { }));

            OneWinner(first.Status, second.Status, winner: HttpStatusCode.Accepted);
            Assert.Equal("sent", await team.WaitUntilSettledAsync(id, TimeSpan.FromSeconds(60)));
            var statement = await team.SendAsync(TestSettings.Spokesperson, HttpMethod.Get, $"/api/statements/{id}", null, HttpStatusCode.OK);
            Assert.Single(Kinds(statement), k => k == "sendStarted");
            var mailed = site.SendGrid.Taken.Where(t => t.Kind == "Statement" && recipients.Contains(t.To)).Select(t => t.To);
            Assert.Equal(recipients.Order(StringComparer.Ordinal), mailed.Order(StringComparer.Ordinal));
        }

        Assert.Empty(site.SendGrid.TakenTwice);
        output.WriteLine($"{rounds} rounds of two sends of one statement at once: one send each, every recipient mailed once.");
    }

    public void Dispose() => team.Dispose();

    /// <summary>Starts both calls together and answers both results.</summary>
    private static async Task<(T First, T Second)> BothAsync<T>(Func<Task<T>> first, Func<Task<T>> second)
    {
        using var start = new ManualResetEventSlim();
        var a = Task.Run(() => { start.Wait(); return first(); });
        var b = Task.Run(() => { start.Wait(); return second(); });
        start.Set();
        return (await a, await b);
    }

    /// <summary>Asserts one of the two got <paramref name="winner"/> (200 by default) and the other <paramref name="loser"/> (409 by default); answers which won.</summary>
    private static int OneWinner(HttpStatusCode first, HttpStatusCode second, HttpStatusCode winner = HttpStatusCode.OK, HttpStatusCode loser = HttpStatusCode.Conflict)
    {
        Assert.True((first, second) == (winner, loser) || (first, second) == (loser, winner), $"Expected one {(int)winner} and one {(int)loser}, got {(int)first} and {(int)second}.");
        return first == winner ? 0 : 1;
    }

    private static object Edit(JsonObject contact, string outlet) => new
    {
        email = (string?)contact["email"],
        firstName = (string?)contact["firstName"],
        lastName = (string?)contact["lastName"],
        outlet,
        mediaType = "print",
    };

    private static IEnumerable<string?> Kinds(JsonObject statement) => statement["timeline"]!.AsArray().Select(e => (string?)e!["kind"]);
}
