using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace PauseIA.Media.Testing;

/// <summary>
/// LocalHost as a process of its own (<c>dotnet PauseIA.Media.LocalHost.dll</c>, from the test's build output), on
/// storage the test owns, so that a test can kill it as a crash would (no shutdown, nothing flushed, the queue
/// messages it held left invisible) and start another on the same storage. Settings are <see cref="TestSettings"/>,
/// in Development, passed as environment variables.
/// </summary>
public sealed class LocalHostProcess : IAsyncDisposable
{
    private readonly Process process;
    private readonly StringBuilder output;

    private LocalHostProcess(Process process, StringBuilder output, Uri baseAddress)
    {
        this.process = process;
        this.output = output;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    /// <summary>What the process wrote (its log), for a failure message.</summary>
    public string Output
    {
        get
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    /// <summary>Starts LocalHost on <paramref name="storageConnectionString"/> and waits until <c>GET /api/health</c> answers.</summary>
    public static async Task<LocalHostProcess> StartAsync(string storageConnectionString, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var port = LocalHostFixture.FreePort();
        var values = TestSettings.Create(storageConnectionString);
        values["LocalHost:Port"] = port.ToString(CultureInfo.InvariantCulture);
        values["LocalHost:SmtpPort"] = "0";
        values["Mail:PublicBaseUrl"] = $"http://127.0.0.1:{port}";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "PauseIA.Media.LocalHost.dll"));
        info.Environment["DOTNET_ENVIRONMENT"] = "Development";
        info.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        foreach (var (key, value) in values.Where(v => v.Value is not null))
        {
            info.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var output = new StringBuilder();
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start dotnet for LocalHost.");
        void Append(object _, DataReceivedEventArgs e)
        {
            if (e.Data is not null)
            {
                lock (output)
                {
                    output.AppendLine(e.Data);
                }
            }
        }

        process.OutputDataReceived += Append;
        process.ErrorDataReceived += Append;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var host = new LocalHostProcess(process, output, new Uri($"http://127.0.0.1:{port}/"));
        try
        {
            await host.WaitUntilHealthyAsync(TimeSpan.FromSeconds(90));
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }

        return host;
    }

    /// <summary>Kills the process and its children at once, as a crash or a lost instance would.</summary>
    public async Task KillAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        await process.WaitForExitAsync();
    }

    /// <summary>A client signed in as <paramref name="email"/> through the Development sign-in page.</summary>
    public Task<HttpClient> SignInAsync(string email) => LocalHostFixture.SignInAsync(BaseAddress, email);

    public HttpClient CreateClient() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = BaseAddress };

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        process.Dispose();
    }

    private async Task WaitUntilHealthyAsync(TimeSpan timeout)
    {
        using var client = CreateClient();
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"LocalHost exited with code {process.ExitCode}:\n{Output}");
            }

            try
            {
                using var response = await client.GetAsync(new Uri("/api/health", UriKind.Relative));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"LocalHost did not answer within {timeout}:\n{Output}");
            }

            await Task.Delay(200);
        }
    }
}
