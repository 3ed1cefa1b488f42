using Azure.Storage.Queues;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Contacts;
using PauseIA.Media.Email;
using PauseIA.Media.Functions.Inquiries;
using PauseIA.Media.Inquiries;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Inquiries.Processing;
using PauseIA.Media.Queues;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Inquiries;

/// <summary>
/// The inquiries feature against Azurite with an in-memory contact list: posts go through the
/// webhook function as SendGrid would send them (<see cref="FunctionCalls"/>), and the queue is
/// drained through the queue function, as the hosts do.
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

    /// <summary>Posts as SendGrid does, through the webhook function; <paramref name="configure"/> can make the request odder.</summary>
    public Task<FunctionResponse> PostAsync(InboundPosts.Post post, string? key = Secret, Action<HttpRequest>? configure = null) =>
        Services.CallAsync<InboundWebhookFunction>(
            null,
            (f, r) => f.Run(r),
            post.Body,
            query: key is null ? null : $"?key={Uri.EscapeDataString(key)}",
            contentType: post.ContentType,
            configure: configure);

    /// <summary>Posts and answers the key SendGrid's post was archived under.</summary>
    public async Task<string> ReceiveAsync(InboundPosts.Post post)
    {
        var result = await PostAsync(post);
        Assert.Equal(200, result.Status);
        return (string)result.Json!["key"]!;
    }

    /// <summary>Processes every queued email through the queue function; answers how many.</summary>
    public async Task<int> DrainAsync()
    {
        var queue = Services.GetKeyed<QueueClient>(InboundWebhook.QueueName);
        var function = new InboundQueueFunction(Services.Get<InboundProcessor>(), Services.Get<QueueFailureLog>());
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
                await function.Run(message.MessageText, message.DequeueCount);
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
