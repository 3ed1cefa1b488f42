using Azure;
using Azure.Storage.Queues;

namespace PauseIA.Media.Tests.Security;

/// <summary>Where a message goes after failing every try: an email there has not reached a person yet.</summary>
internal static class PoisonQueue
{
    public const string Inbound = "inbound-poison";

    public static async Task AssertEmptyAsync(string connectionString, string name = Inbound)
    {
        try
        {
            var count = (await new QueueClient(connectionString, name).GetPropertiesAsync()).Value.ApproximateMessagesCount;
            Assert.True(count == 0, $"{count} message(s) in {name}");
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // Never created: nothing ever failed for good.
        }
    }
}
