using Azure.Storage.Queues;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PauseIA.Media.Contacts;
using PauseIA.Media.Email;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Functions.Inquiries;
using PauseIA.Media.Inquiries;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Inquiries.Processing;
using PauseIA.Media.Testing;
using PauseIA.Media.Tests.Inquiries.Fakes;

namespace PauseIA.Media.Tests.Inquiries;

/// <summary>
/// The inquiries feature against Azurite with an in-memory contact list: posts go through the
/// webhook function class as SendGrid would send them, and the queue is drained through the
/// queue function class, as the hosts do.
/// </summary>
public sealed class InquiryHarness : IAsyncDisposable
{
    public const string Secret = "test-inbound-secret-0123456789";

    private readonly FakeJournalistContacts? contacts;

    private InquiryHarness(TestServices services, FakeJournalistContacts? contacts)
    {
        Services = services;
        this.contacts = contacts;
    }

    public TestServices Services { get; }

    /// <summary>The in-memory contact list; a harness made with <c>realContacts</c> has the contacts feature's own instead.</summary>
    public FakeJournalistContacts Contacts => contacts ?? throw new InvalidOperationException("This harness uses the real contact list.");

    public InquiryStore Store => Services.Get<InquiryStore>();

    public OutboxStore Outbox => Services.Get<OutboxStore>();

    /// <summary>With <paramref name="realContacts"/>, the contacts feature's own list (in Azurite) and its rules, instead of the fake.</summary>
    public static async Task<InquiryHarness> CreateAsync(AzuriteFixture azurite, IDictionary<string, string?>? settings = null, DateTimeOffset? now = null, bool realContacts = false, Action<IServiceCollection>? configure = null)
    {
        var values = new Dictionary<string, string?> { ["Inbound:Secret"] = Secret };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var contacts = realContacts ? null : new FakeJournalistContacts();
        var services = await TestServices.CreateAsync(azurite, values, s =>
        {
            if (contacts is not null)
            {
                s.AddSingleton<IJournalistContacts>(contacts);
            }

            configure?.Invoke(s);
        }, now);
        return new InquiryHarness(services, contacts);
    }

    public static HttpRequest Request(string method, string path, string? query = null, byte[]? body = null, string? contentType = null)
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Path = path;
        context.Request.QueryString = query is null ? QueryString.Empty : new QueryString(query);
        context.Request.ContentType = contentType;
        if (body is not null)
        {
            context.Request.ContentLength = body.Length;
            context.Request.Body = new MemoryStream(body);
        }

        return context.Request;
    }

    /// <summary>Runs a function as the gate would: a refusal becomes its 4xx.</summary>
    public static async Task<ObjectResult> InvokeAsync(Func<Task<IActionResult>> function)
    {
        try
        {
            return (ObjectResult)await function();
        }
        catch (Exception ex) when (HttpFunctionGate.MapException(ex) is ObjectResult refusal)
        {
            return refusal;
        }
    }

    /// <summary>Runs an HTTP function as <paramref name="email"/>, through the same gate as the hosts (role check, then refusals mapped).</summary>
    public async Task<IActionResult> AsAsync(string email, HttpRequest request, System.Reflection.MethodInfo function, Func<HttpRequest, Task<IActionResult>> call)
    {
        request.Headers[PauseIA.Media.Identity.ClientPrincipalHeader.Name] = PauseIA.Media.Identity.ClientPrincipalHeader.Write("aad", email, email);
        var refusal = new HttpFunctionGate(Services.Get<PauseIA.Media.Identity.AccessPolicy>()).Authorize(request.HttpContext, function);
        if (refusal is not null)
        {
            return refusal;
        }

        try
        {
            return await call(request);
        }
        catch (Exception ex) when (HttpFunctionGate.MapException(ex) is { } mapped)
        {
            return mapped;
        }
    }

    public static HttpRequest Json(string method, string path, object? body, string? query = null)
    {
        var bytes = body is null ? null : System.Text.Json.JsonSerializer.SerializeToUtf8Bytes(body, PauseIA.Media.Common.JsonDefaults.Options);
        return Request(method, path, query, bytes, bytes is null ? null : "application/json");
    }

    public Task<ObjectResult> PostAsync(InboundPosts.Post post, string? key = Secret) =>
        InvokeAsync(() => new InboundWebhookFunction(Services.Get<InboundWebhook>(), Services.Get<IOptions<InboundOptions>>())
            .Run(Request("POST", "/api/inbound/sendgrid", key is null ? null : $"?key={Uri.EscapeDataString(key)}", post.Body, post.ContentType)));

    /// <summary>Posts and answers the key SendGrid's post was archived under.</summary>
    public async Task<string> ReceiveAsync(InboundPosts.Post post)
    {
        var result = await PostAsync(post);
        Assert.Equal(200, result.StatusCode ?? 200);
        return (string)result.Value!.GetType().GetProperty("Key")!.GetValue(result.Value)!;
    }

    /// <summary>Processes every queued email through the queue function; answers how many.</summary>
    public async Task<int> DrainAsync()
    {
        var queue = Services.GetKeyed<QueueClient>(InboundWebhook.QueueName);
        var function = new InboundQueueFunction(Services.Get<InboundProcessor>());
        var count = 0;
        while (true)
        {
            var messages = (await queue.ReceiveMessagesAsync(32)).Value;
            if (messages.Length == 0)
            {
                return count;
            }

            foreach (var message in messages)
            {
                await function.Run(message.MessageText);
                await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt);
                count++;
            }
        }
    }

    /// <summary>Posts an .eml, processes it, and answers the inquiry it opened or joined (null for other mail).</summary>
    public async Task<string?> ProcessAsync(byte[] eml, bool raw = true, InboundPosts.Options? options = null)
    {
        var key = await ReceiveAsync(raw ? InboundPosts.Raw(eml, options) : InboundPosts.Parsed(eml, options));
        await DrainAsync();
        return await ReferenceOfAsync(key, eml);
    }

    public async Task<string?> ReferenceOfAsync(string key, byte[] eml)
    {
        if (await Services.Get<InboundLog>().FindAsync(key) is { } record)
        {
            return record.Reference;
        }

        var messageId = MimeKit.MimeMessage.Load(new MemoryStream(eml)).MessageId;
        return messageId is null ? null : (await Services.Get<MessageIdIndex>().FindAsync(messageId))?.RelatedId;
    }

    public async Task<IReadOnlyList<OutboxEntry>> SentAsync(string relatedId, string? kind = null) => await Outbox.ListAsync(kind, relatedId);

    public async ValueTask DisposeAsync() => await Services.DisposeAsync();
}
