using System.Diagnostics;

namespace PauseIA.Media.Browser.Tests.Support;

/// <summary>
/// Debian's chromium, which Playwright drives instead of a browser build of its own (those are
/// downloaded, and nothing outside the package registries can be). Installed with apt-get when
/// missing, as root on CI; a failure stops the tests with the reason rather than skipping them.
/// </summary>
internal static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static readonly string[] Arguments =
    [
        "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    public static async Task EnsureInstalledAsync()
    {
        if (File.Exists(ExecutablePath))
        {
            return;
        }

        await InstallGate.WaitAsync();
        try
        {
            if (File.Exists(ExecutablePath))
            {
                return;
            }

            await RunAsync("apt-get", "update");
            await RunAsync("apt-get", "install -y --no-install-recommends chromium");
            if (!File.Exists(ExecutablePath))
            {
                throw new InvalidOperationException($"apt-get installed chromium but {ExecutablePath} is still missing.");
            }
        }
        finally
        {
            InstallGate.Release();
        }
    }

    private static async Task RunAsync(string command, string arguments)
    {
        var start = new ProcessStartInfo(command, arguments)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{command} did not start.");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException(
                $"{ExecutablePath} is missing and `{command}` cannot run ({ex.Message}). Install Debian's chromium (apt-get install chromium) to run the browser tests.", ex);
        }

        using (process)
        {
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException(
                    $"{ExecutablePath} is missing and `{command} {arguments}` failed with exit code {process.ExitCode} (the browser tests need root and Debian's package registry):\n{await error}\n{await output}");
            }
        }
    }
}
