using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace PauseIA.Media.Benchmarks;

/// <summary>
/// SendGrid's <c>/v3/mail/send</c> on WireMock.Net, on loopback: answers 202 with an <c>X-Message-Id</c>,
/// counts the requests and notes when each recipient's mail arrived.
/// </summary>
public sealed class SendGridServer : IDisposable
{
    private readonly WireMockServer server = WireMockServer.Start();
    private readonly ConcurrentDictionary<string, DateTime> firstMailTo = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, string> acknowledgementIds = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentBag<JsonObject> requests = [];
    private int count;

    public SendGridServer()
    {
        server.Given(Request.Create().WithPath("/v3/mail/send").UsingPost()).RespondWith(Response.Create().WithCallback(Answer));
    }

    /// <summary>The settings that send mail here.</summary>
    public Dictionary<string, string?> Settings => new()
    {
        ["SendGrid:ApiKey"] = "SG.benchmark-key",
        ["SendGrid:BaseUrl"] = server.Url,
        ["Statements:Send:MaxInlineDelay"] = "00:00:00",
    };

    public int Requests => Volatile.Read(ref count);

    public int Personalizations => requests.Sum(r => r["personalizations"]?.AsArray().Count ?? 0);

    /// <summary>The requests whose custom arg <c>kind</c> is <paramref name="kind"/> (Acknowledgement, Statement, …).</summary>
    public IReadOnlyList<JsonObject> OfKind(string kind) => requests.Where(r => Kind(r) == kind).ToList();

    /// <summary>The Message-ID of the acknowledgement sent to <paramref name="email"/>, if one was.</summary>
    public string? AcknowledgementTo(string email) => acknowledgementIds.TryGetValue(email, out var id) ? id : null;

    /// <summary>When mail to <paramref name="email"/> first arrived (UTC), if it did.</summary>
    public DateTime? FirstMailTo(string email) => firstMailTo.TryGetValue(email, out var at) ? at : null;

    public void Reset()
    {
        requests.Clear();
        firstMailTo.Clear();
        acknowledgementIds.Clear();
        Interlocked.Exchange(ref count, 0);
    }

    public void Dispose() => server.Stop();

    // MailSender's custom args go in the personalization; a statement batch's in the message.
    private static string? Kind(JsonObject body) => (string?)(body["custom_args"]?["kind"] ?? body["personalizations"]?[0]?["custom_args"]?["kind"]);

    private ResponseMessage Answer(IRequestMessage request)
    {
        var now = DateTime.UtcNow;
        var number = Interlocked.Increment(ref count);
        var body = JsonNode.Parse(request.Body!)!.AsObject();
        requests.Add(body);
        var acknowledgement = Kind(body) == "Acknowledgement";
        foreach (var personalization in body["personalizations"]?.AsArray() ?? [])
        {
            foreach (var to in personalization!["to"]!.AsArray())
            {
                firstMailTo.TryAdd((string)to!["email"]!, now);
                if (acknowledgement && ((string?)personalization["headers"]?["Message-ID"] ?? (string?)body["headers"]?["Message-ID"]) is { } id)
                {
                    acknowledgementIds.TryAdd((string)to["email"]!, id.Trim('<', '>'));
                }
            }
        }

        return new ResponseMessage
        {
            StatusCode = 202,
            Headers = new Dictionary<string, WireMockList<string>> { ["X-Message-Id"] = new($"bench-{number}") },
            BodyData = new BodyData { DetectedBodyType = BodyType.None },
        };
    }
}
