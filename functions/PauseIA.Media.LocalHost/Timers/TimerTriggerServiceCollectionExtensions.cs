using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PauseIA.Media.LocalHost.Functions;

namespace PauseIA.Media.LocalHost.Timers;

internal static class TimerTriggerServiceCollectionExtensions
{
    /// <summary>A scheduler per timer function; schedules are resolved and parsed now, so a bad one stops the start.</summary>
    public static IServiceCollection AddTimerTriggers(this IServiceCollection services, FunctionCatalog catalog, IConfiguration configuration)
    {
        services.AddSingleton<TimerScheduleMonitor>();
        foreach (var (function, trigger) in catalog.WithTrigger<TimerFunctionTrigger>())
        {
            var usedBy = $"Function '{function.Name}' ([TimerTrigger])";
            var schedule = TimerSchedule.Parse(
                AppSettingExpression.Resolve(trigger.Schedule, configuration, usedBy), configuration[TimerSchedule.TimeZoneSetting], usedBy);
            services.AddSingleton<IHostedService>(sp => new TimerFunctionScheduler(
                function,
                trigger,
                schedule,
                trigger.UseMonitor && schedule.IsMonitorable ? sp.GetRequiredService<TimerScheduleMonitor>() : null,
                sp.GetRequiredService<TimeProvider>(),
                sp,
                sp.GetRequiredService<ILoggerFactory>().CreateLogger($"Function.{function.Name}")));
        }

        return services;
    }
}
