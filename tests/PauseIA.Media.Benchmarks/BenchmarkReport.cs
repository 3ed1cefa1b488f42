using System.Globalization;
using System.Text.Json;

namespace PauseIA.Media.Benchmarks;

/// <summary>Prints the measurements as a table for people and as one JSON line for programs.</summary>
internal static class BenchmarkReport
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public static void Print(string benchmark, IReadOnlyList<Measurement> steps, IReadOnlyDictionary<string, object> summary)
    {
        Console.WriteLine();
        Console.WriteLine($"{"step",-34} {"rows",8} {"ms",10} {"requests",10} {"rows/s",10}");
        Console.WriteLine(new string('-', 76));
        foreach (var s in steps)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{s.Step,-34} {s.Rows,8} {s.Milliseconds,10:F0} {s.Requests,10} {s.RowsPerSecond,10:F0}"));
        }

        Console.WriteLine();
        foreach (var (key, value) in summary)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key,-34} {value}"));
        }

        var json = new Dictionary<string, object> { ["benchmark"] = benchmark };
        foreach (var (key, value) in summary)
        {
            json[key] = value;
        }

        json["steps"] = steps.Select(s => new { s.Step, s.Rows, Milliseconds = Math.Round(s.Milliseconds), s.Requests }).ToList();
        Console.WriteLine();
        Console.WriteLine(JsonSerializer.Serialize(json, Json));
    }
}
