using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Inquiries.Inbound;
using PauseIA.Media.Inquiries.Processing;

namespace PauseIA.Media.Functions.Inquiries;

/// <summary>Processes each archived email the webhook queued: classify, thread or open an inquiry, acknowledge, notify.</summary>
public sealed class InboundQueueFunction(InboundProcessor processor)
{
    [Function("InboundQueue")]
    public Task Run([QueueTrigger(InboundWebhook.QueueName)] string message) => processor.ProcessAsync(message);
}
