// The benchmarks of every workflow, each against its own Azurite (and a WireMock SendGrid on loopback):
//   dotnet run -c Release --project tests/PauseIA.Media.Benchmarks -- <scenario> [--n N]
// Scenarios: inbound, fanout, inbox, render, startup, import, segment (README, "Performance").
// Each prints a table and one JSON line; the exit code is 1 when a target is missed, 2 on bad usage.
using System.Globalization;
using PauseIA.Media.Benchmarks;

var scenario = args.FirstOrDefault();
int? Option(string name)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : null;
}

var n = Option("--n");
var baseline = Option("--baseline") ?? 2_000;
var log = Console.Out;
ScenarioResult? result = scenario switch
{
    "inbound" => await InboundBenchmark.RunAsync(n ?? InboundBenchmark.DefaultEmails, log),
    "fanout" => await FanoutBenchmark.RunAsync(n ?? FanoutBenchmark.DefaultRows, log),
    "inbox" => await InboxBenchmark.RunAsync(n ?? InboxBenchmark.DefaultRows, log),
    "render" => RenderBenchmark.Run(quick: false, log),
    "startup" => await StartupBenchmark.RunAsync(n ?? 3, log),
    "import" => await ImportBenchmark.RunAsync(n ?? ImportBenchmark.DefaultRows, Math.Min(baseline, n ?? ImportBenchmark.DefaultRows)),
    "segment" => await SegmentBenchmark.RunAsync(n ?? SegmentBenchmark.DefaultRows, Math.Min(baseline, n ?? SegmentBenchmark.DefaultRows)),
    _ => null,
};

if (result is null)
{
    Console.Error.WriteLine("usage: PauseIA.Media.Benchmarks (inbound | fanout | inbox | render | startup | import | segment) [--n N] [--baseline 2000]");
    return 2;
}

return result.Print(Console.Out);
