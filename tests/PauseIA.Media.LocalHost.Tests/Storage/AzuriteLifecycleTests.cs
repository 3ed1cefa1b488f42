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

    [Fact]
    public async Task AStoppedAzuriteStartedAgainOnItsPortsAndFolderHasWhatWasWrittenJustBeforeTheStop()
    {
        var first = await LocalHost.Storage.AzuriteProcess.StartAsync(new LocalHost.Storage.AzuriteOptions { Location = folder });
        var tag = $"t{Guid.NewGuid():N}"[..12];
        try
        {
            // Written within Azurite's five seconds between saves: only a stop that saves keeps them.
            var blobs = new Azure.Storage.Blobs.BlobContainerClient(first.ConnectionString, tag);
            await blobs.CreateAsync();
            await blobs.UploadBlobAsync("archived", BinaryData.FromString("courriel"));
            var table = new Azure.Data.Tables.TableClient(first.ConnectionString, tag);
            await table.CreateAsync();
            await table.AddEntityAsync(new Azure.Data.Tables.TableEntity("p", "r") { ["Value"] = "ligne" });
            var queue = new Azure.Storage.Queues.QueueClient(first.ConnectionString, tag);
            await queue.CreateAsync();
            await queue.SendMessageAsync("message");

            var pid = first.ProcessId;
            await first.StopAsync();
            Assert.True(IsGone(pid), "Azurite is still running after its stop.");
        }
        finally
        {
            await first.DisposeAsync();
        }

        await using var second = await LocalHost.Storage.AzuriteProcess.StartAsync(new LocalHost.Storage.AzuriteOptions
        {
            Location = folder,
            BlobPort = first.BlobPort,
            QueuePort = first.QueuePort,
            TablePort = first.TablePort,
        });

        Assert.Equal(first.ConnectionString, second.ConnectionString);
        Assert.Equal("courriel", (await new Azure.Storage.Blobs.BlobClient(second.ConnectionString, tag, "archived").DownloadContentAsync()).Value.Content.ToString());
        Assert.Equal("ligne", (await new Azure.Data.Tables.TableClient(second.ConnectionString, tag).GetEntityAsync<Azure.Data.Tables.TableEntity>("p", "r")).Value.GetString("Value"));
        Assert.Equal("message", (await new Azure.Storage.Queues.QueueClient(second.ConnectionString, tag).ReceiveMessageAsync()).Value.MessageText);
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
