using System.Net;
using System.Net.Sockets;
using Azure;
using Azure.Storage.Queues;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.LocalHost;
using PauseIA.Media.LocalHost.Storage;
using PauseIA.Media.Storage;
using Xunit;

namespace PauseIA.Media.Testing;

/// <summary>
/// The function app served end to end, for HTTP tests: an in-memory Azurite of its own and LocalHost
/// on a free loopback port, with <see cref="TestSettings"/>. Share one per test class with
/// <c>IClassFixture&lt;LocalHostFixture&gt;</c> (use unique ids: storage is shared by the class), or
/// start one with settings of its own with <see cref="StartAsync"/>. <c>Mail:PublicBaseUrl</c> is the
/// host's real address, so links in sent mail can be followed.
/// </summary>
public class LocalHostFixture : IAsyncLifetime, IAsyncDisposable
{
    private readonly LocalHostFixtureOptions options;
    private AzuriteProcess? azurite;
    private LocalFunctionHost? host;

    public LocalHostFixture()
        : this(new LocalHostFixtureOptions())
    {
    }

    /// <summary>For a fixture class of its own: <c>class FakeTimeHost() : LocalHostFixture(new() { … })</c>.</summary>
    protected LocalHostFixture(LocalHostFixtureOptions options) => this.options = options;

    public LocalFunctionHost Host => host ?? throw new InvalidOperationException("LocalHost has not started.");

    /// <summary>Such as <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress => Host.BaseAddress;

    public IServiceProvider Services => Host.Services;

    /// <summary>The app's storage requests (queue polling by the triggers excluded); <see cref="StorageRequestCounter.Reset"/> before measuring.</summary>
    public StorageRequestCounter Requests { get; } = new();

    public string StorageConnectionString => (azurite ?? throw new InvalidOperationException("Azurite has not started.")).ConnectionString;

    /// <summary>A host with settings or services of its own; dispose it at the end of the test.</summary>
    public static async Task<LocalHostFixture> StartAsync(LocalHostFixtureOptions options)
    {
        var fixture = new LocalHostFixture(options);
        try
        {
            await fixture.InitializeAsync();
        }
        catch
        {
            await fixture.DisposeAsync();
            throw;
        }

        return fixture;
    }

    /// <summary>
    /// An outage of the storage account: Azurite stops (its data on disk, so <see cref="LocalHostFixtureOptions.StorageOnDisk"/>
    /// is needed), and <paramref name="whileDown"/> runs against the running host before Azurite starts again on the same ports.
    /// </summary>
    public async Task<T> WithStorageDownAsync<T>(Func<Task<T>> whileDown)
    {
        var stopped = azurite ?? throw new InvalidOperationException("Azurite has not started.");
        if (stopped.Location is null)
        {
            throw new InvalidOperationException("An in-memory Azurite loses its data when it stops: set StorageOnDisk.");
        }

        await stopped.StopAsync();
        try
        {
            return await whileDown();
        }
        finally
        {
            azurite = await AzuriteProcess.StartAsync(new AzuriteOptions
            {
                Location = stopped.Location,
                BlobPort = stopped.BlobPort,
                QueuePort = stopped.QueuePort,
                TablePort = stopped.TablePort,
            });
        }
    }

    /// <summary>An anonymous client; redirects are not followed, so a 302 stays visible.</summary>
    public HttpClient CreateClient() => new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = BaseAddress };

    /// <summary>A client signed in as <paramref name="email"/> through the Development sign-in page, keeping its session cookie.</summary>
    /// <exception cref="InvalidOperationException">The sign-in was refused (not a team member, or not Development).</exception>
    public Task<HttpClient> SignInAsync(string email) => SignInAsync(BaseAddress, email);

    /// <summary>A client of the LocalHost at <paramref name="baseAddress"/>, signed in as <paramref name="email"/>.</summary>
    /// <exception cref="InvalidOperationException">The sign-in was refused (not a team member, or not Development).</exception>
    public static async Task<HttpClient> SignInAsync(Uri baseAddress, string email)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = baseAddress };
        using var response = await client.PostAsync(new Uri("/.auth/login/dev", UriKind.Relative), new FormUrlEncodedContent([new("email", email)]));
        if (response.StatusCode != HttpStatusCode.Found)
        {
            client.Dispose();
            throw new InvalidOperationException($"Sign-in as {email} failed: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return client;
    }

    /// <summary>The app's client for <paramref name="name"/> (Base64, as the triggers read), to send test messages.</summary>
    public QueueClient Queue(string name) => Services.GetRequiredService<QueueServiceClient>().GetQueueClient(name);

    /// <summary>Waits until <paramref name="queueName"/> holds no message: each was processed, or moved to its poison queue.</summary>
    /// <exception cref="TimeoutException">Messages remain after <paramref name="timeout"/> (30 s by default).</exception>
    public async Task WaitForQueueToDrainAsync(string queueName, TimeSpan? timeout = null)
    {
        var limit = timeout ?? TimeSpan.FromSeconds(30);
        var deadline = DateTime.UtcNow + limit;
        var queue = new QueueClient(StorageConnectionString, queueName);
        while (true)
        {
            int count;
            try
            {
                count = (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount;
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                return;
            }

            if (count == 0)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Queue {queueName} still holds {count} message(s) after {limit}.");
            }

            await Task.Delay(100);
        }
    }

    public async Task InitializeAsync()
    {
        azurite = await AzuriteProcess.StartAsync(new AzuriteOptions
        {
            Location = options.StorageOnDisk ? Path.Combine(Path.GetTempPath(), $"pauseia-azurite-{Guid.NewGuid():N}") : null,
        });

        // Kestrel could take port 0, but the mail links must carry the real port, so a free one is chosen first.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                host = await LocalFunctionHost.StartAsync(Setup(FreePort()));
                return;
            }
            catch (IOException) when (attempt < 3)
            {
                // Another process took the port in between; try another.
            }
        }
    }

    public async Task DisposeAsync()
    {
        if (host is not null)
        {
            await host.DisposeAsync();
        }

        if (azurite is not null)
        {
            await azurite.DisposeAsync();
            if (azurite.Location is { } location && Directory.Exists(location))
            {
                Directory.Delete(location, recursive: true);
            }
        }
    }

    async ValueTask IAsyncDisposable.DisposeAsync()
    {
        await DisposeAsync();
        GC.SuppressFinalize(this);
    }

    private LocalFunctionHostSetup Setup(int port)
    {
        var settings = TestSettings.Create(StorageConnectionString);
        settings["LocalHost:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["LocalHost:SmtpPort"] = "0";
        settings["Mail:PublicBaseUrl"] = $"http://127.0.0.1:{port}";
        foreach (var (key, value) in options.Settings)
        {
            settings[key] = value;
        }

        return new LocalFunctionHostSetup
        {
            Settings = settings.Where(s => s.Value is not null).ToDictionary(),
            EnvironmentName = options.EnvironmentName,
            FunctionAssemblies = options.FunctionAssemblies,
            ConfigureServices = services =>
            {
                var policies = new StoragePipelinePolicies();
                policies.PerCall.Add(Requests);
                policies.PerCall.Add(new AzureTransactionRules());
                services.AddSingleton(policies);
                options.ConfigureServices?.Invoke(services);
            },
        };
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
