using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Testing;

namespace PauseIA.Media.LocalHost.Tests.Storage;

public sealed class AzuriteLifecycleTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("localhost-azurite-").FullName;

    [Fact]
    public async Task WithoutAStorageSettingLocalHostStartsAzuriteAndLeavesNoNodeProcessBehind()
    {
        var output = new StringWriter();
        var host = await LocalFunctionHost.StartAsync(new LocalFunctionHostSetup { Settings = SettingsWithoutStorage(), EnvironmentName = "Development", Output = output });
        int pid;
        try
        {
            var azurite = Assert.IsType<LocalHost.Storage.AzuriteProcess>(host.Azurite);
            pid = azurite.ProcessId;
            using var client = new HttpClient { BaseAddress = host.BaseAddress };
            using var health = await client.GetAsync(new Uri("/api/health", UriKind.Relative));

            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Equal(azurite.ConnectionString, host.Services.GetRequiredService<IConfiguration>()["AzureWebJobsStorage"]);
            Assert.Equal(Path.GetFullPath(folder), azurite.Location);
            Assert.NotEmpty(Directory.EnumerateFileSystemEntries(folder));
            Assert.Contains($"queue {azurite.QueuePort}", output.ToString(), StringComparison.Ordinal);
            Assert.Contains(folder, output.ToString(), StringComparison.Ordinal);
            Assert.False(Process.GetProcessById(pid).HasExited);
        }
        finally
        {
            await host.DisposeAsync();
        }

        Assert.True(IsGone(pid), $"Azurite (pid {pid}) outlived LocalHost.");
    }

    [Fact]
    public async Task AStartThatFailsStopsTheAzuriteItStarted()
    {
        var settings = SettingsWithoutStorage();
        settings["Mail:PublicBaseUrl"] = "pas une adresse";

        await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() =>
            LocalFunctionHost.StartAsync(new LocalFunctionHostSetup { Settings = settings, EnvironmentName = "Development" }));

        Assert.Empty(NodeProcessesUsing(folder));
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private Dictionary<string, string?> SettingsWithoutStorage()
    {
        var settings = TestSettings.Create("");
        settings.Remove("AzureWebJobsStorage");
        settings["Azurite:Location"] = folder;
        settings["LocalHost:Port"] = "0";
        settings["LocalHost:SmtpPort"] = "0";
        return settings;
    }

    private static bool IsGone(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return process.HasExited;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    // Azurite runs as node with its data folder on the command line.
    private static List<int> NodeProcessesUsing(string location) =>
        Directory.EnumerateDirectories("/proc")
            .Select(d => (Pid: int.TryParse(Path.GetFileName(d), out var pid) ? pid : 0, CommandLine: ReadCommandLine(d)))
            .Where(p => p.Pid > 0 && p.CommandLine.Contains(location, StringComparison.Ordinal) && p.CommandLine.Contains("azurite", StringComparison.Ordinal))
            .Select(p => p.Pid)
            .ToList();

    private static string ReadCommandLine(string procDirectory)
    {
        try
        {
            return File.ReadAllText(Path.Combine(procDirectory, "cmdline")).Replace('\0', ' ');
        }
        catch (IOException)
        {
            return "";
        }
        catch (UnauthorizedAccessException)
        {
            return "";
        }
    }
}
