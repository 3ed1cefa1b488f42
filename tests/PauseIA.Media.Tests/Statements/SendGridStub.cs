using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using WireMock;
using WireMock.RequestBuilders;
using WireMock.ResponseBuilders;
using WireMock.Server;
using WireMock.Types;
using WireMock.Util;

namespace PauseIA.Media.Tests.Statements;

/// <summary>
/// SendGrid's <c>/v3/mail/send</c> on WireMock.Net. Requests of the scripted kind (custom arg kind,
/// "Statement" unless said otherwise) get the scripted answers in turn, then 202; every 202 carries an
/// <c>X-Message-Id</c>. Anything else (notifications) is simply accepted.
/// </summary>
public sealed class SendGridStub : IDisposable
{
    private readonly WireMockServer server = WireMockServer.Start();
    private readonly string scriptedKind;
    private readonly ConcurrentQueue<(int Status, string? RetryAfter, TimeSpan? Hang)> script = new();
    private TimeSpan hung;
    private readonly ConcurrentQueue<JsonObject> accepted = new();
    private int count;

    public SendGridStub(string scriptedKind = "Statement")
    {
        this.scriptedKind = scriptedKind;
        server.Given(Request.Create().WithPath("/v3/mail/send").UsingPost()).AtPriority(10).RespondWith(Response.Create().WithCallback(Answer));
    }

    public string Url => server.Url!;

    public Dictionary<string, string?> Settings => new()
    {
        ["SendGrid:ApiKey"] = "SG.test-key",
        ["SendGrid:BaseUrl"] = Url,
        ["Statements:Send:MaxInlineDelay"] = "00:00:00",
        ["Statements:Send:RetryBaseDelay"] = "00:00:02",
    };

    /// <summary>Called after a statement request is accepted (to stop a run there, as a crash would).</summary>
    public Action<int>? OnAccepted { get; set; }

    /// <summary>Every request of the scripted kind, answered or not, in order.</summary>
    public IReadOnlyList<JsonObject> Attempts => server.LogEntries
        .OrderBy(e => e.RequestMessage.DateTime)
        .Select(e => JsonNode.Parse(e.RequestMessage.Body!)!.AsObject())
        .Where(body => Kind(body) == scriptedKind)
        .ToList();

    /// <summary>The statement requests answered 202: what SendGrid would have sent.</summary>
    public IReadOnlyList<JsonObject> Accepted => accepted.ToList();

    public IReadOnlyList<string> AcceptedRecipients =>
        Accepted.SelectMany(r => r["personalizations"]!.AsArray()).Select(p => (string)p!["to"]![0]!["email"]!).ToList();

    public IEnumerable<string?> AuthorizationHeaders => server.LogEntries.Select(e => e.RequestMessage.Headers?["Authorization"].FirstOrDefault());

    public SendGridStub Then(int status, string? retryAfter = null)
    {
        script.Enqueue((status, retryAfter, null));
        return this;
    }

    /// <summary>The next request of the scripted kind gets its answer only after <paramref name="delay"/>, past the client's timeout: SendGrid may or may not have it.</summary>
    public SendGridStub ThenHang(TimeSpan delay)
    {
        script.Enqueue((202, null, delay));
        return this;
    }

    /// <summary>Every request of the scripted kind, once the hung ones have been answered too (WireMock logs a request with its answer).</summary>
    public async Task<IReadOnlyList<JsonObject>> AttemptsWhenAnsweredAsync()
    {
        await Task.Delay(hung);
        return Attempts;
    }

    private ResponseMessage Answer(IRequestMessage request)
    {
        var body = JsonNode.Parse(request.Body!)!.AsObject();
        if (Kind(body) != scriptedKind)
        {
            return Reply(202, $"other-{Guid.NewGuid():N}", null);
        }

        var number = Interlocked.Increment(ref count);
        var (status, retryAfter, hang) = script.TryDequeue(out var next) ? next : (202, null, null);
        if (hang is { } delay)
        {
            hung = delay;
            Thread.Sleep(delay);
            return Reply(202, "too-late", null);
        }

        if (status == 202)
        {
            accepted.Enqueue(body);
            OnAccepted?.Invoke(number);
            return Reply(202, $"sg-{number}", null);
        }

        return Reply(status, null, retryAfter);
    }

    /// <summary>Statements carry their kind on the message, single mails on their one personalization.</summary>
    private static string? Kind(JsonObject body) => (string?)body["custom_args"]?["kind"] ?? (string?)body["personalizations"]?[0]?["custom_args"]?["kind"];

    private static ResponseMessage Reply(int status, string? messageId, string? retryAfter)
    {
        var response = new ResponseMessage
        {
            StatusCode = status,
            BodyData = new BodyData { BodyAsString = status == 202 ? "" : """{"errors":[{"message":"scripted failure"}]}""", DetectedBodyType = BodyType.String },
        };
        if (messageId is not null)
        {
            response.AddHeader("X-Message-Id", messageId);
        }

        if (retryAfter is not null)
        {
            response.AddHeader("Retry-After", retryAfter);
        }

        return response;
    }

    public void Dispose() => server.Stop();
}
