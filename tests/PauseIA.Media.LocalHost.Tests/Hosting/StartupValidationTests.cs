using System.Net;
using System.Net.Sockets;
using PauseIA.Media.LocalHost.Tests.Samples;
using PauseIA.Media.Testing;

namespace PauseIA.Media.LocalHost.Tests.Hosting;

/// <summary>A missing or wrong setting stops the start with a message that names it, and the exit code says so.</summary>
public sealed class StartupValidationTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("localhost-config-").FullName;

    [Fact]
    public async Task ATeamWithoutASpokespersonStopsTheStart()
    {
        var error = await FailToStartAsync(s => s["Team:Members:0:Roles:0"] = "PressOfficer");

        Assert.Contains("Team:Members: no member has the role Spokesperson.", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMemberWithABadEmailStopsTheStart()
    {
        var error = await FailToStartAsync(s => s["Team:Members:1:Email"] = "jordan.ellis-at-pauseai.info");

        Assert.Contains("Team:Members:1:Email", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABadPublicBaseUrlStopsTheStartNamingTheSetting()
    {
        var error = await FailToStartAsync(s => s["Mail:PublicBaseUrl"] = "pas une adresse");

        Assert.Contains("Mail:PublicBaseUrl:", error, StringComparison.Ordinal);
        Assert.StartsWith("Configuration invalide / Invalid configuration:", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SeveralWrongSettingsAreNamedTogether()
    {
        var error = await FailToStartAsync(s =>
        {
            s["Team:Members:1:Email"] = "jordan.ellis-at-pauseai.info";
            s["Mail:PublicBaseUrl"] = "pas une adresse";
        });

        Assert.Contains("  - Team:Members:1:Email", error, StringComparison.Ordinal);
        Assert.Contains("  - Mail:PublicBaseUrl", error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("LocalHost:Port", "soixante")]
    [InlineData("LocalHost:Port", "70000")]
    [InlineData("LocalHost:Port", "-1")]
    [InlineData("LocalHost:SmtpPort", "65536")]
    [InlineData("LocalHost:MaxRequestBodySize", "0")]
    [InlineData("Azurite:BlobPort", "blob")]
    public async Task ALocalHostSettingOfTheWrongKindStopsTheStart(string setting, string value)
    {
        var error = await FailToStartAsync(s => s[setting] = value);

        Assert.Contains(setting, error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APortInUseStopsTheStartNamingTheSetting()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();

        var error = await FailToStartAsync(s => s["LocalHost:Port"] = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Contains("LocalHost:Port", error, StringComparison.Ordinal);
        Assert.Contains("--port", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnSmtpPortInUseStopsTheStartNamingTheSetting()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();

        var error = await FailToStartAsync(s => s["LocalHost:SmtpPort"] = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Contains("LocalHost:SmtpPort", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMissingHostJsonStopsTheStart()
    {
        var error = await FailToStartAsync(s => s["LocalHost:HostJsonPath"] = Path.Combine(folder, "absent.json"));

        Assert.Contains("LocalHost:HostJsonPath", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{ "extensions": { "queues": { "batchSize": 64 } } }""", "extensions.queues.batchSize")]
    [InlineData("""{ "extensions": { "queues": { "batchSize": 0 } } }""", "extensions.queues.batchSize")]
    [InlineData("""{ "extensions": { "queues": { "maxDequeueCount": 0 } } }""", "extensions.queues.maxDequeueCount")]
    [InlineData("""{ "extensions": { "queues": { "newBatchThreshold": -1 } } }""", "extensions.queues.newBatchThreshold")]
    [InlineData("""{ "extensions": { "queues": { "maxPollingInterval": "00:00:00.050" } } }""", "extensions.queues.maxPollingInterval")]
    [InlineData("""{ "extensions": { "queues": { "visibilityTimeout": "ten seconds" } } }""", "extensions.queues.visibilityTimeout")]
    [InlineData("""{ "extensions": { "queues": { "messageEncoding": "none" } } }""", "extensions.queues.messageEncoding")]
    [InlineData("""{ "extensions": { "queues": """, "not valid JSON")]
    public async Task AHostJsonTheHostWouldRefuseStopsTheStart(string json, string named)
    {
        var path = Path.Combine(folder, $"{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, json);

        var error = await FailToStartAsync(s => s["LocalHost:HostJsonPath"] = path);

        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.Contains(path, error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Samples:Schedule", null, "SampleTimerFromSetting", "%Samples:Schedule%")]
    [InlineData("Samples:Schedule", "0 */5 * * *", "SampleTimerFromSetting", "six-field")]
    [InlineData("Samples:Schedule", "00:05:00", "SampleTimerFromSetting", "TimeSpan schedule")]
    [InlineData("Samples:QueueName", null, "SampleQueueFromSetting", "%Samples:QueueName%")]
    [InlineData("Samples:QueueName", "Bad_Queue", "SampleQueueFromSetting", "'Bad_Queue' is not a valid queue name")]
    [InlineData("WEBSITE_TIME_ZONE", "Mars/Olympus_Mons", "", "WEBSITE_TIME_ZONE: unknown time zone")]
    public async Task ATriggerSettingThatIsMissingOrWrongStopsTheStart(string setting, string? value, string function, string named)
    {
        var error = await FailToStartAsync(
            s =>
            {
                foreach (var (key, sample) in SampleHost.Settings())
                {
                    s[key] = sample;
                }

                s[setting] = value;
            },
            SampleHost.Functions);

        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.Contains(function, error, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private async Task<string> FailToStartAsync(Action<Dictionary<string, string?>> change, System.Reflection.Assembly? functions = null)
    {
        var settings = TestSettings.Create(azurite.ConnectionString);
        settings["LocalHost:Port"] = "0";
        settings["LocalHost:SmtpPort"] = "0";
        change(settings);
        var error = new StringWriter();
        var setup = new LocalFunctionHostSetup
        {
            Settings = settings.Where(s => s.Value is not null).ToDictionary(),
            EnvironmentName = "Development",
            FunctionAssemblies = functions is null ? [LocalFunctionHostSetup.FunctionApp] : [functions],
        };

        var exitCode = await LocalHostCommand.RunAsync(setup, error);

        Assert.Equal(1, exitCode);
        return error.ToString();
    }
}
