using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace PauseIA.Media.Benchmarks;

/// <summary>
/// Where the time goes (<c>--profile</c>): every span that ASP.NET Core (each request served), the Azure
/// SDK (each storage call, with its HTTP request) and HttpClient (SendGrid, the benchmark's own posts)
/// report in this process, totalled by name. dotnet-trace is not installed here; these spans are what
/// the hosts already emit, so nothing in the app is instrumented for the benchmark.
/// </summary>
public sealed class Spans : IDisposable
{
    private readonly ActivityListener listener;
    private readonly ConcurrentQueue<(string Name, double Milliseconds)> stopped = new();

    public Spans()
    {
        // The Azure SDK creates its activities only behind this switch (Azure.Core's "distributed tracing").
        AppContext.SetSwitch("Azure.Experimental.EnableActivitySource", true);
        listener = new ActivityListener
        {
            ShouldListenTo = source => (source.Name.StartsWith("Azure.", StringComparison.Ordinal) && source.Name != "Azure.Core.Http") || source.Name is "Microsoft.AspNetCore" or "System.Net.Http",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity => stopped.Enqueue((Name(activity), activity.Duration.TotalMilliseconds)),
        };
        ActivitySource.AddActivityListener(listener);
    }

    /// <summary>Prints the spans since the last call (count, total, p50, p99 by name, most total time first) and forgets them.</summary>
    public void Print(string title, TextWriter log)
    {
        var spans = new List<(string Name, double Milliseconds)>();
        while (stopped.TryDequeue(out var span))
        {
            spans.Add(span);
        }

        log.WriteLine($"  spans, {title}: {"count",7} {"total ms",10} {"p50 ms",8} {"p99 ms",8}");
        foreach (var group in spans.GroupBy(s => s.Name).OrderByDescending(g => g.Sum(s => s.Milliseconds)))
        {
            var times = group.Select(s => s.Milliseconds).ToList();
            log.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"    {group.Key,-58} {times.Count,7} {times.Sum(),10:F0} {Bench.Percentile(times, 0.5),8:F1} {Bench.Percentile(times, 0.99),8:F1}"));
        }
    }

    public void Dispose() => listener.Dispose();

    private static string Name(Activity activity)
    {
        // A request's path without its keys: the table, container or queue, or the route.
        var path = activity.GetTagItem("url.path") as string ?? (activity.GetTagItem("url.full") as string is { } url ? new Uri(url).AbsolutePath : null);
        var shape = path is null ? "" : string.Join('/', path.Split('/', StringSplitOptions.RemoveEmptyEntries).Take(3)).Split('(')[0];
        return activity.Source.Name switch
        {
            "Microsoft.AspNetCore" => "served (webhook, SendGrid stub)",
            "System.Net.Http" => $"http {activity.GetTagItem("http.request.method")} {shape}",
            _ => activity.DisplayName,
        };
    }
}
