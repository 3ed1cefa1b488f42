using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace PauseIA.Media.Tests.Guarantees;

/// <summary>
/// SendGrid's <c>/v3/mail/send</c> on WireMock.Net, answering each request as <see cref="Decide"/> says: accepted
/// (202 with an <c>X-Message-Id</c>), throttled (429 with <c>Retry-After</c>), a server error (500), refused (400), or
/// accepted but answered too late for the client (a hang past its timeout: SendGrid has the mail, the sender cannot
/// know). What SendGrid took is read back from WireMock's own request log: every request answered 202, hangs included.
/// </summary>
public sealed class FaultySendGrid : IDisposable
{
    private readonly WireMockServer server = WireMockServer.Start();
    private readonly ConcurrentDictionary<SendGridFault, int> injected = new();
    private int count;
    private int pending;

    public FaultySendGrid()
    {
        server.Given(Request.Create().WithPath("/v3/mail/send").UsingPost()).RespondWith(Response.Create().WithCallback(AnswerAsync));
    }

    /// <summary>The fault for the n-th request (from 1) of a body; by default none.</summary>
    public Func<int, JsonObject, SendGridFault> Decide { get; set; } = (_, _) => SendGridFault.None;

    /// <summary>How long an accepted answer takes (slow batches).</summary>
    public TimeSpan Latency { get; set; }

    /// <summary>The <c>Retry-After</c> of a 429, in seconds.</summary>
    public int RetryAfter { get; set; } = 1;

    /// <summary>How long a hang lasts before its late 202: past the client's timeout.</summary>
    public TimeSpan Hang { get; set; } = TimeSpan.FromSeconds(4);

    /// <summary>Called when a request arrives, before it is answered (to kill the sender mid-request).</summary>
    public Func<int, JsonObject, Task>? OnReceived { get; set; }

    public string Url => server.Url!;

    public Dictionary<string, string?> Settings => new()
    {
        ["SendGrid:ApiKey"] = "SG.faults-key",
        ["SendGrid:BaseUrl"] = Url,
    };

    /// <summary>Every request, in arrival order, with its answer (a hang is logged once it has answered).</summary>
    public IReadOnlyList<(JsonObject Body, int Status)> Log => server.LogEntries
        .OrderBy(e => e.RequestMessage.DateTime)
        .Select(e => (JsonNode.Parse(e.RequestMessage.Body!)!.AsObject(), e.ResponseMessage.StatusCode is int status ? status : int.Parse($"{e.ResponseMessage.StatusCode}", System.Globalization.CultureInfo.InvariantCulture)))
        .ToList();

    /// <summary>
    /// Each personalization SendGrid took (answered 202, late or not): its Message-ID, recipient, kind of mail and what
    /// it is about (a single mail's inquiry or statement).
    /// </summary>
    public IReadOnlyList<(string MessageId, string To, string Kind, string RelatedId)> Taken => Log
        .Where(e => e.Status == 202)
        .SelectMany(e => e.Body["personalizations"]!.AsArray().Select(p => (
            MessageId: (string?)p!["headers"]?["Message-ID"] ?? (string?)e.Body["headers"]?["Message-ID"] ?? "",
            To: (string)p["to"]![0]!["email"]!,
            Kind: Argument(e.Body, p, "kind"),
            RelatedId: Argument(e.Body, p, "relatedId"))))
        .ToList();

    /// <summary>The Message-IDs SendGrid took more than once: mail that left twice.</summary>
    public IReadOnlyList<string> TakenTwice => Taken.GroupBy(t => t.MessageId).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

    /// <summary>How many requests got each answer.</summary>
    public IReadOnlyDictionary<SendGridFault, int> Injected => injected;

    /// <summary>Requests received and not answered yet (hangs, slow answers).</summary>
    public int Pending => Volatile.Read(ref pending);

    /// <summary>The kind of mail of a request (<c>MailKind</c>).</summary>
    public static string Kind(JsonObject body) => Argument(body, body["personalizations"]![0]!, "kind");

    /// <summary>The Message-ID of a single mail (its one personalization's); the same in each attempt of one send.</summary>
    public static string MessageId(JsonObject body) =>
        (string?)body["personalizations"]?[0]?["headers"]?["Message-ID"] ?? (string?)body["headers"]?["Message-ID"] ?? "";

    /// <summary>The batch number of a statement request, 0 for any other mail.</summary>
    public static int StatementBatch(JsonObject body) =>
        (string?)body["custom_args"]?["kind"] == "Statement" && body["personalizations"]?[0]?["custom_args"]?["batch"] is { } batch
            ? int.Parse((string)batch!, System.Globalization.CultureInfo.InvariantCulture)
            : 0;

    /// <summary>Waits until every request received has its answer, as SendGrid's activity feed shows what it processed.</summary>
    public async Task WaitUntilAnsweredAsync()
    {
        while (Pending > 0)
        {
            await Task.Delay(100);
        }
    }

    /// <summary>Forgets every request and count, and answers from now on as <paramref name="decide"/> says (a test of a shared stub starts so).</summary>
    public void Reset(Func<int, JsonObject, SendGridFault> decide)
    {
        server.ResetLogEntries();
        injected.Clear();
        Volatile.Write(ref count, 0);
        Decide = decide;
    }

    public void Dispose() => server.Stop();

    /// <summary>A single mail's custom arg is on its one personalization, a statement batch's on the message.</summary>
    private static string Argument(JsonObject body, JsonNode personalization, string name) =>
        (string?)body["custom_args"]?[name] ?? (string?)personalization["custom_args"]?[name] ?? "";

    private async Task<IResponseMessage> AnswerAsync(IRequestMessage request)
    {
        Interlocked.Increment(ref pending);
        try
        {
            var body = JsonNode.Parse(request.Body!)!.AsObject();
            var number = Interlocked.Increment(ref count);
            if (OnReceived is { } received)
            {
                await received(number, body);
            }

            var fault = Decide(number, body);
            injected.AddOrUpdate(fault, 1, (_, n) => n + 1);
            return await AnswerAsync(number, fault);
        }
        finally
        {
            Interlocked.Decrement(ref pending);
        }
    }

    private async Task<ResponseMessage> AnswerAsync(int number, SendGridFault fault)
    {
        switch (fault)
        {
            case SendGridFault.Throttle:
                return Reply(429, ("Retry-After", RetryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            case SendGridFault.ServerError:
                return Reply(500);
            case SendGridFault.Refuse:
                return Reply(400);
            case SendGridFault.Hang:
                await Task.Delay(Hang);
                return Reply(202, ("X-Message-Id", $"late-{number}"));
            default:
                await Task.Delay(Latency);
                return Reply(202, ("X-Message-Id", $"sg-{number}"));
        }
    }

    private static ResponseMessage Reply(int status, params (string Name, string Value)[] headers)
    {
        var response = new ResponseMessage
        {
            StatusCode = status,
            BodyData = new BodyData { BodyAsString = status == 202 ? "" : $$"""{"errors":[{"message":"injected {{status}}"}]}""", DetectedBodyType = BodyType.String },
        };
        foreach (var (name, value) in headers)
        {
            response.AddHeader(name, value);
        }

        return response;
    }
}
