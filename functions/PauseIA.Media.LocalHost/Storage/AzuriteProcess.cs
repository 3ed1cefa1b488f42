using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace PauseIA.Media.LocalHost.Storage;

/// <summary>
/// Azurite from the npm package pinned in package.json, on loopback ports. Runs <c>npm ci</c>
/// first when node_modules lacks it, so a fresh clone needs no set-up. The node process also
/// watches our pid and exits when we are gone, so even a killed host leaves no orphan behind.
/// </summary>
public sealed class AzuriteProcess : IAsyncDisposable
{
    // Azurite's documented well-known development account.
    private const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly SemaphoreSlim InstallLock = new(1, 1);

    private readonly Process process;

    // Azurite prints one "… service successfully closed" line per service once its data is saved.
    private readonly TaskCompletionSource closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int servicesClosed;

    private AzuriteProcess(Process process, int blobPort, int queuePort, int tablePort, string? location)
    {
        this.process = process;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
        Location = location;
    }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    public string? Location { get; }

    public string ConnectionString =>
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
        $"AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/devstoreaccount1;" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/devstoreaccount1;" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/devstoreaccount1;";

    public int ProcessId => process.Id;

    /// <summary>Starts Azurite and waits until its three services accept connections.</summary>
    /// <exception cref="IOException">A port it was given is in use.</exception>
    public static async Task<AzuriteProcess> StartAsync(AzuriteOptions options, CancellationToken cancellationToken = default)
    {
        var root = RepositoryRoot.Find();
        var script = Path.Combine(root, "node_modules", "azurite", "dist", "src", "azurite.js");
        await EnsureInstalledAsync(root, script, cancellationToken);

        // A free port is found by binding and releasing it, so another process may take it before
        // Azurite binds it (tests start many instances at once): then fresh ports are tried.
        var freePorts = options.BlobPort == 0 || options.QueuePort == 0 || options.TablePort == 0;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StartOnceAsync(root, script, options, cancellationToken);
            }
            catch (IOException) when (freePorts && attempt < 3)
            {
            }
        }
    }

    private static async Task<AzuriteProcess> StartOnceAsync(string root, string script, AzuriteOptions options, CancellationToken cancellationToken)
    {
        var blob = options.BlobPort == 0 ? FreePort() : options.BlobPort;
        var queue = options.QueuePort == 0 ? FreePort() : options.QueuePort;
        var table = options.TablePort == 0 ? FreePort() : options.TablePort;
        string? location = null;
        var info = new ProcessStartInfo("node")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };

        // The bootstrap exits node when our process is gone, then hands over to Azurite's own entry point.
        info.ArgumentList.Add("-e");
        info.ArgumentList.Add(
            $"const parent={Environment.ProcessId};" +
            "setInterval(()=>{try{process.kill(parent,0)}catch{process.exit(0)}},1000).unref();" +
            $"process.argv.splice(1,0,{System.Text.Json.JsonSerializer.Serialize(script)});" +
            $"require({System.Text.Json.JsonSerializer.Serialize(script)});");
        info.ArgumentList.Add("--");
        foreach (var arg in new[] { "--blobHost", "127.0.0.1", "--queueHost", "127.0.0.1", "--tableHost", "127.0.0.1" })
        {
            info.ArgumentList.Add(arg);
        }

        info.ArgumentList.Add("--blobPort");
        info.ArgumentList.Add(blob.ToString(System.Globalization.CultureInfo.InvariantCulture));
        info.ArgumentList.Add("--queuePort");
        info.ArgumentList.Add(queue.ToString(System.Globalization.CultureInfo.InvariantCulture));
        info.ArgumentList.Add("--tablePort");
        info.ArgumentList.Add(table.ToString(System.Globalization.CultureInfo.InvariantCulture));
        info.ArgumentList.Add("--skipApiVersionCheck");
        info.ArgumentList.Add("--disableProductStyleUrl");
        info.ArgumentList.Add("--silent");
        if (string.IsNullOrWhiteSpace(options.Location))
        {
            info.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            location = Path.GetFullPath(Path.Combine(root, options.Location));
            Directory.CreateDirectory(location);
            info.ArgumentList.Add("--location");
            info.ArgumentList.Add(location);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start node for Azurite.");
        var error = new System.Text.StringBuilder();
        var azurite = new AzuriteProcess(process, blob, queue, table, location);
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (error) { error.AppendLine(e.Data); } } };
        process.OutputDataReceived += (_, e) => azurite.Watch(e.Data);
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();

        try
        {
            await WaitForPortsAsync(process, [blob, queue, table], cancellationToken);
        }
        catch
        {
            await azurite.DisposeAsync();
            lock (error)
            {
                var message = $"Azurite did not start: {error}";
                throw error.ToString().Contains("EADDRINUSE", StringComparison.Ordinal) ? new IOException(message) : new InvalidOperationException(message);
            }
        }

        return azurite;
    }

    /// <summary>
    /// Stops Azurite as Ctrl+C does: it closes its services and writes its data to disk (it saves only every five
    /// seconds otherwise, so a kill loses what was written since), then the process ends. Killed at once where there
    /// are no signals (Windows). A new <see cref="StartAsync"/> on the same ports and location then finds everything
    /// a stopped storage account would keep.
    /// </summary>
    public async Task StopAsync(CancellationToken cancellationToken = default)
    {
        if (!process.HasExited && !OperatingSystem.IsWindows())
        {
            using var signal = Process.Start(new ProcessStartInfo("kill") { ArgumentList = { "-s", "TERM", ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture) }, UseShellExecute = false });
            if (signal is not null)
            {
                await signal.WaitForExitAsync(cancellationToken);

                // Node may stay up after the services closed: once they have, nothing is left to save, and it is killed.
                try
                {
                    await Task.WhenAny(closed.Task, process.WaitForExitAsync(cancellationToken)).WaitAsync(TimeSpan.FromSeconds(30), cancellationToken);
                }
                catch (TimeoutException)
                {
                }
            }
        }

        await DisposeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        process.Dispose();
    }

    private void Watch(string? line)
    {
        if (line?.Contains("service successfully closed", StringComparison.Ordinal) == true && Interlocked.Increment(ref servicesClosed) == 3)
        {
            closed.TrySetResult();
        }
    }

    private static async Task EnsureInstalledAsync(string root, string script, CancellationToken cancellationToken)
    {
        if (File.Exists(script))
        {
            return;
        }

        await InstallLock.WaitAsync(cancellationToken);
        try
        {
            // Several test processes may start at once; a lock file keeps them from running npm ci together.
            var lockPath = Path.Combine(root, ".data", "npm-ci.lock");
            Directory.CreateDirectory(Path.GetDirectoryName(lockPath)!);
            await using var fileLock = await AcquireFileLockAsync(lockPath, cancellationToken);
            if (File.Exists(script))
            {
                return;
            }

            var info = new ProcessStartInfo("npm") { WorkingDirectory = root, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "ci", "--no-audit", "--no-fund" })
            {
                info.ArgumentList.Add(arg);
            }

            using var npm = Process.Start(info) ?? throw new InvalidOperationException("Could not run npm ci.");
            var stderr = npm.StandardError.ReadToEndAsync(cancellationToken);
            _ = await npm.StandardOutput.ReadToEndAsync(cancellationToken);
            await npm.WaitForExitAsync(cancellationToken);
            if (npm.ExitCode != 0 || !File.Exists(script))
            {
                throw new InvalidOperationException($"npm ci failed with exit code {npm.ExitCode}: {await stderr}");
            }
        }
        finally
        {
            InstallLock.Release();
        }
    }

    private static async Task<FileStream> AcquireFileLockAsync(string path, CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException)
            {
                await Task.Delay(500, cancellationToken);
            }
        }
    }

    private static async Task WaitForPortsAsync(Process process, int[] ports, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        foreach (var port in ports)
        {
            while (true)
            {
                if (process.HasExited)
                {
                    throw new InvalidOperationException($"Azurite exited with code {process.ExitCode}.");
                }

                try
                {
                    using var client = new TcpClient();
                    await client.ConnectAsync(IPAddress.Loopback, port, cancellationToken);
                    break;
                }
                catch (SocketException) when (DateTime.UtcNow < deadline)
                {
                    await Task.Delay(100, cancellationToken);
                }
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
