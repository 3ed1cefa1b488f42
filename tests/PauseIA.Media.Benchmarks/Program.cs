// Contact list benchmarks, against an in-memory Azurite of their own. Not a test project.
//   dotnet run -c Release --project tests/PauseIA.Media.Benchmarks -- import  [--n 50000] [--baseline 2000]
//   dotnet run -c Release --project tests/PauseIA.Media.Benchmarks -- segment [--n 50000] [--baseline 2000]
// Prints a table and one JSON line; the exit code is 0 when the targets are met
// (import: under 15 s and 10 times faster than row by row; segment: under 2 s).
using System.Globalization;
using PauseIA.Media.Benchmarks;

var command = args.FirstOrDefault();
int Option(string name, int fallback)
{
    var index = Array.IndexOf(args, name);
    return index >= 0 && index + 1 < args.Length ? int.Parse(args[index + 1], CultureInfo.InvariantCulture) : fallback;
}

var rows = Option("--n", 50_000);
var baseline = Option("--baseline", 2_000);
return command switch
{
    "import" => await ImportBenchmark.RunAsync(rows, Math.Min(baseline, rows)),
    "segment" => await SegmentBenchmark.RunAsync(rows, Math.Min(baseline, rows)),
    _ => Usage(),
};

static int Usage()
{
    Console.Error.WriteLine("usage: PauseIA.Media.Benchmarks (import | segment) [--n 50000] [--baseline 2000]");
    return 2;
}
