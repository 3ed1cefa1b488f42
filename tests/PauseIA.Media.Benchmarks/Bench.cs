using System.Diagnostics;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Benchmarks;

/// <summary>Times a step and counts the storage requests it makes.</summary>
internal static class Bench
{
    public static async Task<(Measurement Measurement, T Result)> MeasureAsync<T>(TestServices services, string step, int rows, Func<Task<T>> action)
    {
        services.Requests.Reset();
        var watch = Stopwatch.StartNew();
        var result = await action();
        watch.Stop();
        var measurement = new Measurement(step, rows, watch.Elapsed.TotalMilliseconds, services.Requests.Count);
        Console.WriteLine($"  {step}: {measurement.Milliseconds:F0} ms, {measurement.Requests} requests");
        return (measurement, result);
    }

    /// <summary>An in-memory Azurite of its own and the domain's services against it, with the request counter.</summary>
    public static async Task<(AzuriteFixture Azurite, TestServices Services)> StartAsync()
    {
        var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
        return (azurite, await TestServices.CreateAsync(azurite));
    }
}
