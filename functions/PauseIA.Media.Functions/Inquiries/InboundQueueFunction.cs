using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Inquiries.Processing;
using PauseIA.Media.Queues;

namespace PauseIA.Media.Functions.Inquiries;

/// <summary>Processes each archived email the webhook queued: classify, thread or open an inquiry, acknowledge, notify.</summary>
public sealed class InboundQueueFunction(InboundProcessor processor, QueueFailureLog failures)
{
    [Function("InboundQueue")]
    public Task Run([QueueTrigger(InboundWebhook.QueueName)] string message, long dequeueCount) =>
        failures.RunAsync(InboundWebhook.QueueName, message, dequeueCount, () => processor.ProcessAsync(message));
}
