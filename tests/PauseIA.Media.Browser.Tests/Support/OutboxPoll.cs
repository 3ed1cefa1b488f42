using System.Text.Json;
using Microsoft.Playwright;

namespace PauseIA.Media.Browser.Tests.Support;

/// <summary>Waits for a message to reach the outbox: sends go through queues, so it lands a moment after the click.</summary>
public static class OutboxPoll
{
    public static async Task<JsonElement> WaitForAsync(IAPIRequestContext api, string listUrl, Func<JsonElement, bool> match, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var response = await api.GetAsync(listUrl);
            Assert.True(response.Ok, $"{listUrl}: {response.Status} {await response.TextAsync()}");
            using var list = JsonDocument.Parse(await response.TextAsync());
            foreach (var entry in list.RootElement.EnumerateArray())
            {
                if (match(entry))
                {
                    return entry.Clone();
                }
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"No matching outbox message at {listUrl} after waiting: {list.RootElement}");
            }

            await Task.Delay(250);
        }
    }
}
