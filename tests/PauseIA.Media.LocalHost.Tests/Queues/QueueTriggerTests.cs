using Azure.Storage.Queues;
using PauseIA.Media.LocalHost.Tests.Samples;

namespace PauseIA.Media.LocalHost.Tests.Queues;

public sealed class QueueTriggerTests(SampleHostFixture host) : IClassFixture<SampleHostFixture>
{
    [Fact]
    public async Task AStringMessageReachesItsFunctionWithTheTriggerMetadata()
    {
        var text = $"Bonjour {Guid.NewGuid()}";
        var sent = (await host.Queue("samples-text").SendMessageAsync(text)).Value;

        var call = await host.Recorder.WaitForAsync<QueueCall>("SampleQueueText", c => c.Message == text);

        Assert.Equal(1, call.DequeueCount);
        Assert.Equal(sent.MessageId, call.Id);
        Assert.Equal(sent.InsertionTime, call.InsertionTime);
        Assert.Equal("SampleQueueText", call.FunctionName);
        await host.WaitForQueueToDrainAsync("samples-text");
    }

    [Fact]
    public async Task EachMessageRunsInItsOwnScope()
    {
        var first = $"one {Guid.NewGuid()}";
        var second = $"two {Guid.NewGuid()}";
        await host.Queue("samples-text").SendMessageAsync(first);
        await host.Queue("samples-text").SendMessageAsync(second);

        var a = await host.Recorder.WaitForAsync<QueueCall>("SampleQueueText", c => c.Message == first);
        var b = await host.Recorder.WaitForAsync<QueueCall>("SampleQueueText", c => c.Message == second);

        Assert.NotEqual(a.Scope, b.Scope);
    }

    [Fact]
    public async Task AJsonMessageIsBoundToItsPocoIgnoringCase()
    {
        var reference = $"PIA-{Guid.NewGuid():N}";
        await host.Queue("samples-orders").SendMessageAsync($$"""{"reference":"{{reference}}","COUNT":3}""");

        var order = await host.Recorder.WaitForAsync<SampleOrder>("SampleQueueOrder", o => o.Reference == reference);

        Assert.Equal(3, order.Count);
    }

    [Fact]
    public async Task ABinaryMessageIsBoundAsBytes()
    {
        var bytes = Guid.NewGuid().ToByteArray().Concat(new byte[] { 0, 255, 10, 13 }).ToArray();
        await host.Queue("samples-bytes").SendMessageAsync(new BinaryData(bytes));

        var received = await host.Recorder.WaitForAsync<byte[]>("SampleQueueBytes", b => b.SequenceEqual(bytes));

        Assert.Equal(bytes.Length, received.Length);
    }

    [Fact]
    public async Task AQueueNameMayComeFromASetting()
    {
        var text = $"from a setting {Guid.NewGuid()}";
        await host.Queue("samples-from-setting").SendMessageAsync(text);

        Assert.Equal(text, await host.Recorder.WaitForAsync<string>("SampleQueueFromSetting", m => m == text));
    }

    [Fact]
    public async Task AFailingMessageIsTriedMaxDequeueCountTimesThenMovedToThePoisonQueue()
    {
        var text = $"always fails {Guid.NewGuid()}";
        await host.Queue("samples-failing").SendMessageAsync(text);

        await host.Recorder.WaitForAsync<string>("SampleQueueFailing", c => c == $"{text}#3");
        var poisoned = await WaitForPoisonAsync("samples-failing-poison", text);
        await host.WaitForQueueToDrainAsync("samples-failing");

        Assert.Equal(text, poisoned);
        Assert.Equal([$"{text}#1", $"{text}#2", $"{text}#3"], host.Recorder.Values<string>("SampleQueueFailing").Where(c => c.StartsWith(text, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AMessageThatIsNotItsPocosJsonEndsInThePoisonQueue()
    {
        var text = $"not json {Guid.NewGuid()}";
        await host.Queue("samples-orders").SendMessageAsync(text);

        Assert.Equal(text, await WaitForPoisonAsync("samples-orders-poison", text));
    }

    [Fact]
    public async Task AMessageThatIsNotBase64GoesToThePoisonQueueAsItWasWritten()
    {
        var raw = new QueueClient(host.StorageConnectionString, "samples-text", new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
        var text = $"%% not base64 {Guid.NewGuid()} %%";
        await raw.SendMessageAsync(text);

        var rawPoison = new QueueClient(host.StorageConnectionString, "samples-text-poison", new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(await PeekAllAsync(rawPoison)).Contains(text))
        {
            Assert.True(DateTime.UtcNow < deadline, "The undecodable message never reached the poison queue.");
            await Task.Delay(100);
        }

        Assert.DoesNotContain(host.Recorder.Values<QueueCall>("SampleQueueText"), c => c.Message.Contains(text, StringComparison.Ordinal));
    }

    private async Task<string> WaitForPoisonAsync(string poisonQueue, string text)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var found = (await PeekAllAsync(host.Queue(poisonQueue))).FirstOrDefault(m => m == text);
            if (found is not null)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, $"{text} never reached {poisonQueue}.");
            await Task.Delay(100);
        }
    }

    private static async Task<IReadOnlyList<string>> PeekAllAsync(QueueClient queue)
    {
        if (!await queue.ExistsAsync())
        {
            return [];
        }

        return (await queue.PeekMessagesAsync(32)).Value.Select(m => m.Body.ToString()).ToList();
    }
}
