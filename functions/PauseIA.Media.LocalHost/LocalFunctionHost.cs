using System.ComponentModel.DataAnnotations;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using PauseIA.Media.Functions;
using PauseIA.Media.Identity;
using PauseIA.Media.LocalHost.Demo;
using PauseIA.Media.LocalHost.Functions;
using PauseIA.Media.LocalHost.Hosting;
using PauseIA.Media.LocalHost.Http;
using PauseIA.Media.LocalHost.Smtp;
using PauseIA.Media.LocalHost.Storage;
using PauseIA.Media.Storage;

namespace PauseIA.Media.LocalHost;

/// <summary>
/// The function app on Kestrel: its HTTP triggers served, its queue triggers pumped, its timers
/// fired, with the same services and the same gate as under the Functions host. Starts Azurite
/// when no storage is configured, and stops it with the host.
/// </summary>
public sealed class LocalFunctionHost : IAsyncDisposable
{
    private static readonly Dictionary<string, string> Switches = new()
    {
        ["--port"] = $"{LocalHostOptions.Section}:Port",
        ["--smtp-port"] = $"{LocalHostOptions.Section}:SmtpPort",
    };

    private readonly WebApplication app;
    private int disposed;

    private LocalFunctionHost(WebApplication app, FunctionCatalog functions, HostJsonSettings hostJson, AzuriteProcess? azurite)
    {
        this.app = app;
        Functions = functions;
        HostJson = hostJson;
        Azurite = azurite;
        BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/') + "/");
    }

    /// <summary>Where Kestrel listens, such as <c>http://127.0.0.1:7071/</c>.</summary>
    public Uri BaseAddress { get; }

    public IServiceProvider Services => app.Services;

    public string EnvironmentName => app.Environment.EnvironmentName;

    public FunctionCatalog Functions { get; }

    public HostJsonSettings HostJson { get; }

    /// <summary>The Azurite LocalHost started because AzureWebJobsStorage was empty, if it did.</summary>
    public AzuriteProcess? Azurite { get; }

    public int SmtpPort => Services.GetRequiredService<SmtpInboundListener>().Port;

    /// <summary>Builds and starts the host; a bad setting, host.json or function stops it with a message naming it.</summary>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">An options class refused its settings.</exception>
    /// <exception cref="LocalHostConfigurationException">A LocalHost setting, host.json or a function definition is wrong.</exception>
    public static async Task<LocalFunctionHost> StartAsync(LocalFunctionHostSetup setup, CancellationToken cancellationToken = default)
    {
        var demo = setup.Args.Contains("--demo");
        var args = setup.Args.Where(a => a != "--demo").ToArray();
        var builder = CreateBuilder(setup, args);
        var configuration = builder.Configuration;
        var options = Read<LocalHostOptions>(configuration, LocalHostOptions.Section);
        var azuriteOptions = Read<AzuriteOptions>(configuration, AzuriteOptions.Section);

        // Easy Auth is played in Development only; anywhere else a client could forge the principal header.
        var playsEasyAuth = builder.Environment.IsDevelopment();
        configuration.AddInMemoryCollection(new Dictionary<string, string?> { [IdentityOptions.LocalHostSetting] = playsEasyAuth ? "true" : "false" });

        var hostJson = HostJsonSettings.Load(configuration);
        var functions = FunctionCatalog.Discover(setup.FunctionAssemblies);
        builder.Services.AddPauseIaMediaFunctions(configuration);
        builder.Services.AddLocalHost(configuration, functions, hostJson);
        setup.ConfigureServices?.Invoke(builder.Services);
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodySize;
        });

        AzuriteProcess? azurite = null;
        WebApplication? app = null;
        var started = false;
        try
        {
            if (!StorageOptions.Read(configuration).IsConfigured)
            {
                azurite = await AzuriteProcess.StartAsync(azuriteOptions, cancellationToken);
                configuration.AddInMemoryCollection(new Dictionary<string, string?> { [StorageOptions.ConnectionSetting] = azurite.ConnectionString });
            }

            app = builder.Build();
            app.UseLocalHostPipeline(functions, hostJson.RoutePrefix, playsEasyAuth);
            await app.StartAsync(cancellationToken);
            started = true;
            var host = new LocalFunctionHost(app, functions, hostJson, azurite);
            await StartupBanner.WriteAsync(setup.Output, host);
            if (demo)
            {
                await DemoInquiries.SendAsync(host.SmtpPort, setup.Output, cancellationToken);
            }

            return host;
        }
        catch
        {
            if (started)
            {
                await app!.StopAsync(CancellationToken.None);
            }

            if (app is not null)
            {
                await app.DisposeAsync();
            }

            if (azurite is not null)
            {
                await azurite.DisposeAsync();
            }

            throw;
        }
    }

    /// <summary>Waits for Ctrl+C (or another stop), then stops the host; Azurite stops with <see cref="DisposeAsync"/>.</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) => app.WaitForShutdownAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        try
        {
            await app.StopAsync();
        }
        finally
        {
            await app.DisposeAsync();
            if (Azurite is not null)
            {
                await Azurite.DisposeAsync();
            }
        }
    }

    private static WebApplicationBuilder CreateBuilder(LocalFunctionHostSetup setup, string[] args)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            Args = args,
            EnvironmentName = setup.EnvironmentName,
            ApplicationName = typeof(LocalFunctionHost).Assembly.GetName().Name,

            // appsettings*.json are copied beside the program; `dotnet run --project` starts elsewhere.
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (setup.Settings is not null)
        {
            builder.Configuration.Sources.Clear();
            builder.Configuration.AddInMemoryCollection(setup.Settings);
        }

        builder.Configuration.AddCommandLine(args, Switches);
        return builder;
    }

    private static T Read<T>(ConfigurationManager configuration, string section)
        where T : new()
    {
        T value;
        try
        {
            value = configuration.GetSection(section).Get<T>() ?? new T();
        }
        catch (InvalidOperationException ex)
        {
            throw new LocalHostConfigurationException(ex.InnerException?.Message is { } inner ? $"{ex.Message} {inner}" : ex.Message, ex);
        }

        var failures = new List<ValidationResult>();
        return Validator.TryValidateObject(value, new ValidationContext(value), failures, validateAllProperties: true)
            ? value
            : throw new LocalHostConfigurationException(string.Join(" ", failures.Select(f => $"{section}:{string.Join(",", f.MemberNames)}: {f.ErrorMessage}")));
    }
}
