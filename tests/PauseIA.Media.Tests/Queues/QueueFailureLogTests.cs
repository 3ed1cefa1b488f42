using PauseIA.Media.Queues;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Queues;

public sealed class QueueFailureLogTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task AFailureIsRecordedWithItsTryAndThrownAgainForTheHostToRetry()
    {
        await using var services = await TestServices.CreateAsync(azurite);
        var log = services.Get<QueueFailureLog>();
        var message = $$"""{"statementId":"{{Guid.NewGuid():N}}"}""";

        var thrown = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            log.RunAsync("statement-send", message, 2, () => throw new InvalidOperationException("Le lot 3 est introuvable.", new TimeoutException("Délai dépassé."))));
        var failure = await log.FindAsync("statement-send", message);

        Assert.Equal("Le lot 3 est introuvable.", thrown.Message);
        Assert.Equal(new QueueFailure("InvalidOperationException: Le lot 3 est introuvable. ← TimeoutException: Délai dépassé.", 2, services.Time.GetUtcNow()), failure);
        Assert.Null(await log.FindAsync("inbound", message));
    }

    [Fact]
    public async Task ALaterSuccessForgetsTheFailureAndAFirstTryCostsNoStorageRequest()
    {
        await using var services = await TestServices.CreateAsync(azurite);
        var log = services.Get<QueueFailureLog>();
        var message = $$"""{"key":"{{Guid.NewGuid():N}}"}""";
        await Assert.ThrowsAsync<InvalidOperationException>(() => log.RunAsync("inbound", message, 1, () => throw new InvalidOperationException("panne")));

        services.Requests.Reset();
        await log.RunAsync("inbound", $$"""{"key":"{{Guid.NewGuid():N}}"}""", 1, () => Task.CompletedTask);
        var firstTryRequests = services.Requests.Count;
        await log.RunAsync("inbound", message, 2, () => Task.CompletedTask);

        Assert.Equal(0, firstTryRequests);
        Assert.Null(await log.FindAsync("inbound", message));
    }

    [Fact]
    public async Task AFailureThatCannotBeRecordedIsStillThrown()
    {
        await using var services = await TestServices.CreateAsync(azurite);
        await services.GetKeyed<Azure.Data.Tables.TableClient>(QueueFailureLog.Name).DeleteAsync();
        try
        {
            var thrown = await Assert.ThrowsAsync<TimeoutException>(() =>
                services.Get<QueueFailureLog>().RunAsync("inbound", "{}", 1, () => throw new TimeoutException("stockage injoignable")));

            Assert.Equal("stockage injoignable", thrown.Message);
        }
        finally
        {
            await services.GetKeyed<Azure.Data.Tables.TableClient>(QueueFailureLog.Name).CreateIfNotExistsAsync();
        }
    }
}
