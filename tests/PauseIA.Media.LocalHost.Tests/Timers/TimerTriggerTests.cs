using Azure.Storage.Blobs;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PauseIA.Media.LocalHost.Tests.Samples;
using PauseIA.Media.LocalHost.Timers;
using PauseIA.Media.Testing;

namespace PauseIA.Media.LocalHost.Tests.Timers;

public sealed class TimerTriggerTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task ARunOnStartupTimerFiresAtStartWithItsScheduleStatus()
    {
        var time = new FakeTimeProvider(Start);
        await using var host = await LocalHostFixture.StartAsync(SampleHost.Options(configure: s => s.AddSingleton<TimeProvider>(time)));
        var recorder = host.Services.GetRequiredService<SampleRecorder>();

        var call = await recorder.WaitForAsync<TimerCall>("SampleTimerStartup");

        Assert.False(call.Timer.IsPastDue);
        Assert.Equal(Start, call.RanAt);
        Assert.Equal(new DateTime(2026, 12, 1, 3, 0, 0), call.Timer.ScheduleStatus!.Next);
        Assert.Single(recorder.Values<TimerCall>("SampleTimerStartup"));
    }

    [Fact]
    public async Task AScheduleFiresAtEachOccurrenceAndItsStatusMovesOn()
    {
        var time = new FakeTimeProvider(Start);
        await using var host = await LocalHostFixture.StartAsync(SampleHost.Options(configure: s => s.AddSingleton<TimeProvider>(time)));
        var recorder = host.Services.GetRequiredService<SampleRecorder>();

        await AdvanceAsync(time, TimeSpan.FromMinutes(4));
        Assert.Empty(recorder.Values<TimerCall>("SampleTimerFiveMinutes"));
        var first = await AdvanceUntilAsync(time, recorder, "SampleTimerFiveMinutes", 1);
        var second = await AdvanceUntilAsync(time, recorder, "SampleTimerFiveMinutes", 2);

        // The fake clock moves a minute at a time, so a run may start a little after its occurrence, as on a busy host.
        Assert.InRange(first.RanAt, Start.AddMinutes(5), Start.AddMinutes(7));
        Assert.Equal(new DateTime(2026, 11, 30, 9, 5, 0), first.Timer.ScheduleStatus!.Next);
        Assert.Equal(first.RanAt.UtcDateTime, DateTime.SpecifyKind(second.Timer.ScheduleStatus!.Last, DateTimeKind.Utc));
        Assert.Equal(new DateTime(2026, 11, 30, 9, 10, 0), second.Timer.ScheduleStatus!.Next);
        Assert.InRange(second.RanAt, Start.AddMinutes(10), Start.AddMinutes(12));
        Assert.All(recorder.Values<TimerCall>("SampleTimerFiveMinutes"), c => Assert.False(c.Timer.IsPastDue));
    }

    [Fact]
    public async Task AScheduleMayComeFromASetting()
    {
        var time = new FakeTimeProvider(Start);
        var settings = new Dictionary<string, string?> { ["Samples:Schedule"] = "0 15 9 * * *" };
        await using var host = await LocalHostFixture.StartAsync(SampleHost.Options(settings, s => s.AddSingleton<TimeProvider>(time)));
        var recorder = host.Services.GetRequiredService<SampleRecorder>();

        await AdvanceAsync(time, TimeSpan.FromMinutes(14));
        Assert.Empty(recorder.Values<TimerCall>("SampleTimerFromSetting"));
        var call = await AdvanceUntilAsync(time, recorder, "SampleTimerFromSetting", 1);

        Assert.Equal(new DateTime(2026, 11, 30, 9, 15, 0), call.Timer.ScheduleStatus!.Next);
        Assert.InRange(call.RanAt, Start.AddMinutes(15), Start.AddMinutes(17));
    }

    [Fact]
    public async Task AnOccurrenceMissedWhileStoppedRunsAtStartAsPastDue()
    {
        const string timerName = "PauseIA.Media.LocalHost.Tests.Samples.SampleTimerFunctions.Daily";
        var status = new ScheduleStatus { Last = new DateTime(2026, 11, 28, 6, 0, 0), Next = new DateTime(2026, 11, 29, 6, 0, 0), LastUpdated = new DateTime(2026, 11, 28, 6, 0, 0) };
        var container = new BlobContainerClient(azurite.ConnectionString, "azure-webjobs-hosts");
        await container.CreateIfNotExistsAsync();
        await container.GetBlobClient(TimerScheduleMonitor.StatusBlob(timerName)).UploadAsync(BinaryData.FromObjectAsJson(status), overwrite: true);
        var time = new FakeTimeProvider(Start);
        var setup = new LocalFunctionHostSetup
        {
            Settings = Settings(azurite.ConnectionString),
            FunctionAssemblies = [SampleHost.Functions],
            EnvironmentName = "Development",
            ConfigureServices = s => s.AddSingleton<SampleRecorder>().AddScoped<ScopeMarker>().AddSingleton<TimeProvider>(time),
        };

        await using (var host = await LocalFunctionHost.StartAsync(setup))
        {
            var call = await host.Services.GetRequiredService<SampleRecorder>().WaitForAsync<TimerCall>("SampleTimerDaily");

            Assert.True(call.Timer.IsPastDue);
            Assert.Equal(Start, call.RanAt);
            Assert.Equal(new DateTime(2026, 11, 29, 6, 0, 0), call.Timer.ScheduleStatus!.Next);
        }

        var saved = (await container.GetBlobClient(TimerScheduleMonitor.StatusBlob(timerName)).DownloadContentAsync()).Value.Content.ToObjectFromJson<ScheduleStatus>()!;
        Assert.Equal(new DateTime(2026, 11, 30, 9, 0, 0), saved.Last);
        Assert.Equal(new DateTime(2026, 12, 1, 6, 0, 0), saved.Next);
    }

    private static Dictionary<string, string?> Settings(string connectionString)
    {
        var settings = TestSettings.Create(connectionString);
        foreach (var (key, value) in SampleHost.Settings())
        {
            settings[key] = value;
        }

        settings["LocalHost:Port"] = "0";
        settings["LocalHost:SmtpPort"] = "0";
        return settings;
    }

    // Scheduler tasks wake on the thread pool after the fake clock moves; give them a moment.
    private static async Task AdvanceAsync(FakeTimeProvider time, TimeSpan by)
    {
        for (var i = 0; i < by.TotalMinutes; i++)
        {
            time.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(50);
        }

        await Task.Delay(200);
    }

    private static async Task<TimerCall> AdvanceUntilAsync(FakeTimeProvider time, SampleRecorder recorder, string function, int count)
    {
        for (var minutes = 0; minutes < 60; minutes++)
        {
            time.Advance(TimeSpan.FromMinutes(1));

            // Let a due run start before the clock moves on, even on a busy machine.
            for (var wait = 0; wait < 50 && recorder.Values<TimerCall>(function).Count < count; wait++)
            {
                await Task.Delay(20);
            }

            if (recorder.Values<TimerCall>(function).Count >= count)
            {
                return recorder.Values<TimerCall>(function)[count - 1];
            }
        }

        throw new TimeoutException($"{function} did not fire {count} time(s) within an hour of fake time.");
    }
}
