using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Inquiries;
using PauseIA.Media.Inquiries.Inbound;

namespace PauseIA.Media.Functions.Inquiries;

/// <summary>The inquiries' timers: escalation of unanswered inquiries every five minutes, retention of archived emails nightly.</summary>
public sealed class InquiryTimerFunctions(InquiryEscalation escalation, InboundRetention retention)
{
    [Function("InquiryEscalation")]
    public Task Escalate([TimerTrigger("0 */5 * * * *")] TimerInfo timer) => escalation.RunAsync();

    [Function("InboundRetention")]
    public Task Retain([TimerTrigger("0 30 3 * * *")] TimerInfo timer) => retention.RunAsync();
}
