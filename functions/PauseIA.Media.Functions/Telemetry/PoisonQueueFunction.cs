using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Telemetry;

namespace PauseIA.Media.Functions.Telemetry;

/// <summary>Every five minutes, with the other timers (so it wakes no instance of its own), the poison queues' depth for the alert.</summary>
public sealed class PoisonQueueFunction(PoisonQueueWatch watch)
{
    [Function("PoisonQueueWatch")]
    public Task Run([TimerTrigger("0 */5 * * * *")] TimerInfo timer, CancellationToken cancellationToken) => watch.MeasureAsync(cancellationToken);
}
