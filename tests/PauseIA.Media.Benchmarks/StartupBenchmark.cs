using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using PauseIA.Media.LocalHost.Storage;

namespace PauseIA.Media.Benchmarks;

/// <summary>
/// LocalHost as <c>dotnet run</c> starts it (its own process, the build already made), timed from the
/// process start to the first 200 on <c>/api/health</c>: with Azurite already running (given by
/// <c>AzureWebJobsStorage</c>), against the same with LocalHost starting Azurite itself.
/// </summary>
public static class StartupBenchmark
{
    public const double TargetMilliseconds = 2_000;

    public static async Task<ScenarioResult> RunAsync(int runs, TextWriter log)
    {
        var program = LocalHostProgram();
        var steps = new List<Measurement>();
        await using (var azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { Location = null }))
        {
            for (var run = 1; run <= runs; run++)
            {
                steps.Add(await StartAsync(program, $"Azurite running (run {run})", new() { ["AzureWebJobsStorage"] = azurite.ConnectionString }, log));
            }
        }

        var location = Directory.CreateTempSubdirectory("pauseia-startup-");
        try
        {
            for (var run = 1; run <= runs; run++)
            {
                steps.Add(await StartAsync(program, $"Azurite started by LocalHost (run {run})", new() { ["Azurite__Location"] = Path.Combine(location.FullName, $"run{run}") }, log));
            }
        }
        finally
        {
            location.Delete(recursive: true);
        }

        var running = steps.Where(s => s.Step.StartsWith("Azurite running", StringComparison.Ordinal)).Select(s => s.Milliseconds).ToList();
        var own = steps.Where(s => s.Step.StartsWith("Azurite started", StringComparison.Ordinal)).Select(s => s.Milliseconds).ToList();
        var median = Bench.Percentile(running, 0.5);
        return new ScenarioResult("startup", steps, new Dictionary<string, object>
        {
            ["program"] = program,
            ["azuriteRunningMedianMs"] = Math.Round(median),
            ["azuriteStartedByLocalHostMedianMs"] = Math.Round(Bench.Percentile(own, 0.5)),
        },
        [Target.Milliseconds("start to health 200, Azurite running (median)", median, TargetMilliseconds)]);
    }

    private static async Task<Measurement> StartAsync(string program, string step, Dictionary<string, string> environment, TextWriter log)
    {
        var port = FreePort();
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(program);
        foreach (var arg in new[] { "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--smtp-port", "0" })
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["DOTNET_ENVIRONMENT"] = "Development";
        info.Environment.Remove("AzureWebJobsStorage");
        foreach (var (key, value) in environment)
        {
            info.Environment[key] = value;
        }

        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(1) };
        var watch = Stopwatch.StartNew();
        using var process = Process.Start(info)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            while (true)
            {
                if (process.HasExited || watch.Elapsed > TimeSpan.FromMinutes(2))
                {
                    throw new InvalidOperationException($"LocalHost did not answer /api/health ({step}; exit code {(process.HasExited ? process.ExitCode : "none")}).");
                }

                try
                {
                    using var response = await client.GetAsync(new Uri($"http://127.0.0.1:{port}/api/health"));
                    if (response.StatusCode == HttpStatusCode.OK)
                    {
                        break;
                    }
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    // Not listening yet.
                }

                await Task.Delay(10);
            }

            var measurement = new Measurement(step, 1, watch.Elapsed.TotalMilliseconds, 0);
            log.WriteLine($"  {step}: {measurement.Milliseconds:F0} ms");
            return measurement;
        }
        finally
        {
            // This process and the Azurite it may have started: Ctrl+C's path, so LocalHost stops its child.
            if (!process.HasExited)
            {
                await Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]).WaitForExitAsync();
                if (!process.WaitForExit(TimeSpan.FromSeconds(20)))
                {
                    process.Kill(entireProcessTree: true);
                }
            }
        }
    }

    /// <summary>LocalHost's program, built in the same configuration as this one by the project reference.</summary>
    private static string LocalHostProgram()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var program = Path.Combine(RepositoryRoot.Find(), "functions", "PauseIA.Media.LocalHost", "bin", configuration, "net10.0", "PauseIA.Media.LocalHost.dll");
        return File.Exists(program) ? program : throw new FileNotFoundException("Build LocalHost first (the benchmark's build does).", program);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
