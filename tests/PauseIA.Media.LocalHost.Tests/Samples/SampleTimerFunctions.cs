using Microsoft.Azure.Functions.Worker;

namespace PauseIA.Media.LocalHost.Tests.Samples;

/// <summary>Timer functions: at start, every five minutes, daily, and on a schedule taken from a setting.</summary>
public sealed class SampleTimerFunctions(SampleRecorder recorder)
{
    [Function("SampleTimerStartup")]
    public void Startup([TimerTrigger("0 0 3 * * *", RunOnStartup = true)] TimerInfo timer) => recorder.Record("SampleTimerStartup", timer);

    [Function("SampleTimerFiveMinutes")]
    public void FiveMinutes([TimerTrigger("0 */5 * * * *")] TimerInfo timer) => recorder.Record("SampleTimerFiveMinutes", timer);

    [Function("SampleTimerDaily")]
    public void Daily([TimerTrigger("0 0 6 * * *")] TimerInfo timer) => recorder.Record("SampleTimerDaily", timer);

    [Function("SampleTimerFromSetting")]
    public Task FromSetting([TimerTrigger("%Samples:Schedule%")] TimerInfo timer, CancellationToken cancellationToken)
    {
        recorder.Record("SampleTimerFromSetting", timer);
        return Task.CompletedTask;
    }
}
