using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PauseIA.Media.LocalHost.Functions;

namespace PauseIA.Media.LocalHost.Timers;

/// <summary>
/// Fires one timer function as the Functions host's TimerListener does: at start a past-due run
/// (an occurrence missed while stopped) or else a <c>RunOnStartup</c> run, then each occurrence of
/// the schedule, one at a time. Time comes from the injected <see cref="TimeProvider"/>, so tests drive it.
/// </summary>
internal sealed class TimerFunctionScheduler(
    LocalFunction function,
    TimerFunctionTrigger trigger,
    TimerSchedule schedule,
    TimerScheduleMonitor? monitor,
    TimeProvider time,
    IServiceProvider services,
    ILogger logger) : BackgroundService
{
    // System.Threading timers cannot wait longer than about 49 days; a yearly schedule waits in steps.
    private static readonly TimeSpan LongestWait = TimeSpan.FromDays(24);

    private string TimerName => function.EntryPoint;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var now = time.GetUtcNow();
        var stored = monitor is null ? null : await monitor.ReadAsync(TimerName, stoppingToken);
        var status = stored ?? Initial(now);
        var isPastDue = false;
        if (stored is not null)
        {
            // The schedule may have changed since the status was written: the expected occurrence follows the last run.
            var expected = stored.Last == default ? stored.Next : schedule.ToWallClock(schedule.NextAfter(schedule.FromWallClock(stored.Last)) ?? DateTimeOffset.MaxValue);
            status = new ScheduleStatus { Last = stored.Last, Next = expected, LastUpdated = stored.LastUpdated };
            isPastDue = now > schedule.FromWallClock(expected);
        }
        else if (monitor is not null)
        {
            await monitor.WriteAsync(TimerName, status, stoppingToken);
        }

        if (isPastDue || trigger.RunOnStartup)
        {
            status = await InvokeAsync(now, status, isPastDue, unscheduled: true, stoppingToken);
        }

        while (!stoppingToken.IsCancellationRequested && schedule.NextAfter(time.GetUtcNow()) is { } next)
        {
            if (!await WaitUntilAsync(next, stoppingToken))
            {
                break;
            }

            status = await InvokeAsync(time.GetUtcNow(), status, isPastDue: false, unscheduled: false, stoppingToken);
        }
    }

    private ScheduleStatus Initial(DateTimeOffset now) => new()
    {
        Last = default,
        Next = schedule.ToWallClock(schedule.NextAfter(now) ?? DateTimeOffset.MaxValue),
        LastUpdated = default,
    };

    private async Task<bool> WaitUntilAsync(DateTimeOffset due, CancellationToken stoppingToken)
    {
        try
        {
            for (var remaining = due - time.GetUtcNow(); remaining > TimeSpan.Zero; remaining = due - time.GetUtcNow())
            {
                await Task.Delay(remaining < LongestWait ? remaining : LongestWait, time, stoppingToken);
            }

            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    private async Task<ScheduleStatus> InvokeAsync(DateTimeOffset invokedAt, ScheduleStatus status, bool isPastDue, bool unscheduled, CancellationToken stoppingToken)
    {
        var timer = new TimerInfo { IsPastDue = isPastDue, ScheduleStatus = monitor is null ? null : status };
        await using (var scope = services.CreateAsyncScope())
        {
            try
            {
                var context = LocalFunctionContext.ForTrigger(function, scope.ServiceProvider, new Dictionary<string, object?>(), stoppingToken);
                await FunctionInvoker.InvokeAsync(function, scope.ServiceProvider, TimerArguments.Bind(function, timer, context, stoppingToken));
            }
            catch (Exception ex)
            {
                // As in the host, a failed run does not stop the schedule.
                logger.LogError(ex, "Timer function {Function} failed.", function.Name);
            }
        }

        // A timer that fires a little early must not see the same occurrence as next again (the host's adjustment).
        var ran = schedule.ToWallClock(invokedAt);
        if (!unscheduled && status.Next > ran)
        {
            ran = status.Next;
        }

        var updated = new ScheduleStatus
        {
            Last = ran,
            Next = schedule.ToWallClock(schedule.NextAfter(schedule.FromWallClock(ran)) ?? DateTimeOffset.MaxValue),
            LastUpdated = ran,
        };
        if (monitor is not null)
        {
            await monitor.WriteAsync(TimerName, updated, CancellationToken.None);
        }

        return updated;
    }
}
