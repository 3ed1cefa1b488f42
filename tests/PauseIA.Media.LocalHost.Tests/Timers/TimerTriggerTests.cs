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

        var timer = await recorder.WaitForAsync<TimerInfo>("SampleTimerStartup");

        Assert.False(timer.IsPastDue);
        Assert.Equal(new DateTime(2026, 12, 1, 3, 0, 0), timer.ScheduleStatus!.Next);
        Assert.Single(recorder.Values<TimerInfo>("SampleTimerStartup"));
    }

    [Fact]
    public async Task AScheduleFiresAtEachOccurrenceAndItsStatusMovesOn()
    {
        var time = new FakeTimeProvider(Start);
        await using var host = await LocalHostFixture.StartAsync(SampleHost.Options(configure: s => s.AddSingleton<TimeProvider>(time)));
        var recorder = host.Services.GetRequiredService<SampleRecorder>();

        await AdvanceAsync(time, TimeSpan.FromMinutes(4));
        Assert.Empty(recorder.Values<TimerInfo>("SampleTimerFiveMinutes"));
        var first = await AdvanceUntilAsync(time, recorder, "SampleTimerFiveMinutes", 1);
        var second = await AdvanceUntilAsync(time, recorder, "SampleTimerFiveMinutes", 2);

        Assert.Equal(new DateTime(2026, 11, 30, 9, 5, 0), first.ScheduleStatus!.Next);
        Assert.Equal(new DateTime(2026, 11, 30, 9, 5, 0), second.ScheduleStatus!.Last);
        Assert.Equal(new DateTime(2026, 11, 30, 9, 10, 0), second.ScheduleStatus!.Next);
        Assert.All(recorder.Values<TimerInfo>("SampleTimerFiveMinutes"), t => Assert.False(t.IsPastDue));
    }

    [Fact]
    public async Task AScheduleMayComeFromASetting()
    {
        var time = new FakeTimeProvider(Start);
        var settings = new Dictionary<string, string?> { ["Samples:Schedule"] = "0 15 9 * * *" };
        await using var host = await LocalHostFixture.StartAsync(SampleHost.Options(settings, s => s.AddSingleton<TimeProvider>(time)));
        var recorder = host.Services.GetRequiredService<SampleRecorder>();

        await AdvanceAsync(time, TimeSpan.FromMinutes(14));
        Assert.Empty(recorder.Values<TimerInfo>("SampleTimerFromSetting"));
        var timer = await AdvanceUntilAsync(time, recorder, "SampleTimerFromSetting", 1);

        Assert.Equal(new DateTime(2026, 11, 30, 9, 15, 0), timer.ScheduleStatus!.Next);
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
            var timer = await host.Services.GetRequiredService<SampleRecorder>().WaitForAsync<TimerInfo>("SampleTimerDaily");

            Assert.True(timer.IsPastDue);
            Assert.Equal(new DateTime(2026, 11, 29, 6, 0, 0), timer.ScheduleStatus!.Next);
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

    private static async Task<TimerInfo> AdvanceUntilAsync(FakeTimeProvider time, SampleRecorder recorder, string function, int count)
    {
        for (var minutes = 0; minutes < 60; minutes++)
        {
            if (recorder.Values<TimerInfo>(function).Count >= count)
            {
                return recorder.Values<TimerInfo>(function)[count - 1];
            }

            time.Advance(TimeSpan.FromMinutes(1));
            await Task.Delay(100);
        }

        throw new TimeoutException($"{function} did not fire {count} time(s) within an hour of fake time.");
    }
}
