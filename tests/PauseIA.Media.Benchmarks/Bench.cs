using System.Diagnostics;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Benchmarks;

/// <summary>Times a step and counts the storage requests it makes.</summary>
public static partial class Bench
{
    public static async Task<(Measurement Measurement, T Result)> MeasureAsync<T>(StorageRequestCounter requests, string step, int rows, Func<Task<T>> action, TextWriter? log = null)
    {
        requests.Reset();
        var watch = Stopwatch.StartNew();
        var result = await action();
        watch.Stop();
        var measurement = new Measurement(step, rows, watch.Elapsed.TotalMilliseconds, requests.Count);
        log?.WriteLine($"  {step}: {measurement.Milliseconds:F0} ms, {measurement.Requests} requests");
        return (measurement, result);
    }

    public static Task<(Measurement Measurement, T Result)> MeasureAsync<T>(TestServices services, string step, int rows, Func<Task<T>> action, TextWriter? log = null) =>
        MeasureAsync(services.Requests, step, rows, action, log ?? Console.Out);

    /// <summary>An in-memory Azurite of its own and the domain's services against it, with the request counter.</summary>
    public static async Task<(AzuriteFixture Azurite, TestServices Services)> StartAsync(IDictionary<string, string?>? settings = null)
    {
        var azurite = new AzuriteFixture();
        await azurite.InitializeAsync();
        return (azurite, await TestServices.CreateAsync(azurite, settings));
    }

    /// <summary>How many requests went where (method, table, container or queue), most first.</summary>
    public static void PrintShapes(IEnumerable<string> requests, TextWriter log)
    {
        foreach (var group in requests.GroupBy(Shape).OrderByDescending(g => g.Count()))
        {
            log.WriteLine($"    {group.Count(),5}  {group.Key}");
        }
    }

    /// <summary>A request without its keys: which table, blob container or queue, and how.</summary>
    public static string Shape(string request) => KeyPattern().Replace(request, "");

    /// <summary>The value below which <paramref name="fraction"/> of <paramref name="values"/> fall (nearest rank).</summary>
    public static double Percentile(IReadOnlyList<double> values, double fraction)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"\(.*\)$|/[0-9a-f]{32}.*$")]
    private static partial System.Text.RegularExpressions.Regex KeyPattern();
}
