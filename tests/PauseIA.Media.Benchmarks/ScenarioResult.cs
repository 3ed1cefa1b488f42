using System.Globalization;
using System.Text.Json;

namespace PauseIA.Media.Benchmarks;

/// <summary>What a scenario measured: its steps, its figures, and its targets; printed as a table and one JSON line.</summary>
public sealed record ScenarioResult(string Scenario, IReadOnlyList<Measurement> Steps, IReadOnlyDictionary<string, object> Figures, IReadOnlyList<Target> Targets)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };

    public bool Passed => Targets.All(t => t.Met);

    /// <summary>The targets a machine cannot change (request counts), which the smoke tests hold.</summary>
    public IEnumerable<Target> Invariants => Targets.Where(t => t.IsCount);

    public int Print(TextWriter output)
    {
        output.WriteLine();
        output.WriteLine($"{"step",-46} {"n",8} {"ms",10} {"requests",10} {"per item",10}");
        output.WriteLine(new string('-', 88));
        foreach (var s in Steps)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{s.Step,-46} {s.Rows,8} {s.Milliseconds,10:F1} {s.Requests,10} {(s.Rows == 0 ? 0 : (double)s.Requests / s.Rows),10:0.###}"));
        }

        output.WriteLine();
        foreach (var (key, value) in Figures)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{key,-46} {value}"));
        }

        output.WriteLine();
        foreach (var target in Targets)
        {
            output.WriteLine($"target  {target}");
        }

        var json = new Dictionary<string, object> { ["scenario"] = Scenario, ["passed"] = Passed };
        foreach (var (key, value) in Figures)
        {
            json[key] = value;
        }

        json["targets"] = Targets.Select(t => new { t.Name, t.Measured, t.Limit, t.Unit, t.Met }).ToList();
        json["steps"] = Steps.Select(s => new { s.Step, n = s.Rows, Milliseconds = Math.Round(s.Milliseconds, 1), s.Requests }).ToList();
        output.WriteLine();
        output.WriteLine(JsonSerializer.Serialize(json, Json));
        return Passed ? 0 : 1;
    }
}
