using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Guarantees;

/// <summary>
/// The press team at the console of a running LocalHost (in this process or another), over HTTP: contacts
/// created, a statement taken through both keys and sent, the send's report read, as the people would.
/// </summary>
public sealed class PressTeam(Func<string, Task<HttpClient>> signIn) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<HttpClient>>> clients = new();

    public static string Markdown(string tag) => $"---\ntitle: Pause IA salue le moratoire {tag}\nlanguage: fr\n---\n# Moratoire\n\nPause IA salue la décision.\n";

    /// <summary><paramref name="count"/> new contacts, created by the spokesperson; answers their addresses.</summary>
    public async Task<IReadOnlyList<string>> CreateContactsAsync(int count, string tag)
    {
        var emails = Enumerable.Range(1, count).Select(i => $"journaliste{i:D3}.{tag}@media{i % 5}.fr").ToList();
        foreach (var email in emails)
        {
            await SendAsync(TestSettings.Spokesperson, HttpMethod.Post, "/api/contacts", new { email, firstName = "Claire", lastName = $"Dubois {email[..15]}", outlet = "Le Média", mediaType = "web" }, HttpStatusCode.Created);
        }

        return emails;
    }

    /// <summary>Drafted by the press officer, approved by the director and signed off by the spokesperson, for <paramref name="emails"/>; answers its id.</summary>
    public async Task<string> SignedOffStatementAsync(IReadOnlyList<string> emails, string tag)
    {
        var created = await SendAsync(TestSettings.PressOfficer, HttpMethod.Post, "/api/statements", new { markdown = Markdown(tag), kind = "pressRelease", audience = new { emails } }, HttpStatusCode.Created);
        var id = (string)created["id"]!;
        await SendAsync(TestSettings.PressOfficer, HttpMethod.Post, $"/api/statements/{id}/submit", new { }, HttpStatusCode.OK);
        await SendAsync(TestSettings.CommsDirector, HttpMethod.Post, $"/api/statements/{id}/review", new { decision = "approve", comment = "OK" }, HttpStatusCode.OK);
        await SendAsync(TestSettings.Spokesperson, HttpMethod.Post, $"/api/statements/{id}/signoff", new { }, HttpStatusCode.OK);
        return id;
    }

    public Task StartSendingAsync(string id) => SendAsync(TestSettings.Spokesperson, HttpMethod.Post, $"/api/statements/{id}/send", new { }, HttpStatusCode.Accepted);

    /// <summary>The send's report (<c>GET …/stats</c>): its batches, their states and whether one needs a decision.</summary>
    public async Task<JsonObject> StatsAsync(string id) => await SendAsync(TestSettings.Spokesperson, HttpMethod.Get, $"/api/statements/{id}/stats", null, HttpStatusCode.OK);

    public async Task<string> StateAsync(string id) => (string)(await SendAsync(TestSettings.Spokesperson, HttpMethod.Get, $"/api/statements/{id}", null, HttpStatusCode.OK))["state"]!;

    /// <summary>
    /// Waits until the send has done what it can alone: the statement is sent, or no batch is still planned or
    /// sending and one waits for a person. Answers the statement's state then.
    /// </summary>
    public async Task<string> WaitUntilSettledAsync(string id, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            var current = await StateAsync(id);
            var stats = await StatsAsync(id);
            var batches = stats["batches"]!.AsArray();
            var waitsForAPerson = batches.Any(b => (bool)b!["needsDecision"]!) && batches.All(b => (string?)b!["state"] is not ("planned" or "sending"));
            if (current == "sent" || waitsForAPerson)
            {
                return current;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Statement {id} is still {current} after {timeout}: {stats.ToJsonString()}");
            }

            await Task.Delay(250);
        }
    }

    /// <summary>A request as <paramref name="member"/>; answers the JSON body after checking the status.</summary>
    public async Task<JsonObject> SendAsync(string member, HttpMethod method, string path, object? body, HttpStatusCode expected)
    {
        var (status, json) = await TryAsync(member, method, path, body);
        Assert.True(status == expected, $"{method} {path} as {member}: {(int)status} {json?.ToJsonString()}");
        return json ?? [];
    }

    /// <summary>A list read as <paramref name="member"/> (<c>GET</c>, 200 expected).</summary>
    public async Task<IReadOnlyList<JsonObject>> ListAsync(string member, string path)
    {
        var client = await clients.GetOrAdd(member, m => new(() => signIn(m))).Value;
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} as {member}: {(int)response.StatusCode} {text}");
        return JsonNode.Parse(text)!.AsArray().Select(n => n!.AsObject()).ToList();
    }

    /// <summary>A request as <paramref name="member"/>, whatever it answers.</summary>
    public async Task<(HttpStatusCode Status, JsonObject? Body)> TryAsync(string member, HttpMethod method, string path, object? body = null, IReadOnlyDictionary<string, string>? headers = null)
    {
        var client = await clients.GetOrAdd(member, m => new(() => signIn(m))).Value;
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.Relative)) { Content = body is null ? null : JsonContent.Create(body) };
        foreach (var (name, value) in headers ?? new Dictionary<string, string>())
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        using var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.StartsWith('{') ? JsonNode.Parse(text)!.AsObject() : null);
    }

    public void Dispose()
    {
        foreach (var client in clients.Values.Where(c => c.IsValueCreated && c.Value.IsCompletedSuccessfully))
        {
            client.Value.Result.Dispose();
        }
    }
}
