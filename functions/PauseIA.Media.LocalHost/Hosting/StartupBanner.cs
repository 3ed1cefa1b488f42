using Azure.Storage.Blobs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PauseIA.Media.Email;
using PauseIA.Media.LocalHost.EasyAuth;
using PauseIA.Media.LocalHost.Functions;
using PauseIA.Media.LocalHost.Smtp;

namespace PauseIA.Media.LocalHost.Hosting;

/// <summary>Where everything is, printed once LocalHost listens; never a secret (a configured storage shows its endpoint only).</summary>
internal static class StartupBanner
{
    public static async Task WriteAsync(TextWriter output, LocalFunctionHost host)
    {
        var services = host.Services;
        var root = host.BaseAddress.ToString().TrimEnd('/');
        var lines = new List<string>
        {
            $"PauseIA.Media LocalHost ({host.EnvironmentName}) – Ctrl+C pour arrêter / to stop",
            $"  API      {root}/api/health",
            $"  console  {root}/",
        };
        lines.Add(services.GetRequiredService<IOptions<LocalHostOptions>>().Value.PlaysEasyAuth
            ? $"  sign-in  {root}{DevSignInEndpoints.LoginPath}  (Development: LocalHost plays Easy Auth)"
            : "  sign-in  none: outside Development, X-MS-CLIENT-PRINCIPAL is never trusted here");
        if (host.Azurite is { } azurite)
        {
            lines.Add($"  storage  Azurite (pid {azurite.ProcessId}): blob {azurite.BlobPort}, queue {azurite.QueuePort}, table {azurite.TablePort}; " +
                      (azurite.Location is null ? "in memory" : $"data in {azurite.Location}"));
            lines.Add($"           {azurite.ConnectionString}");
        }
        else
        {
            lines.Add($"  storage  AzureWebJobsStorage: {services.GetRequiredService<BlobServiceClient>().Uri}");
        }

        lines.Add(services.GetRequiredService<IOptions<SendGridOptions>>().Value.UsesOutbox
            ? $"  outbox   {root}/api/outbox (Admin): mail stays in the outbox; set SendGrid__ApiKey to send for real"
            : "  outbox   none: SendGrid__ApiKey is set, MAIL IS SENT through SendGrid");
        lines.Add($"  smtp     127.0.0.1:{host.SmtpPort} → POST {InboundParseForwarder.WebhookPath} (SendGrid Inbound Parse, raw mode)");
        var catalog = host.Functions;
        lines.Add($"  functions {catalog.WithTrigger<HttpFunctionTrigger>().Count()} HTTP, {catalog.WithTrigger<QueueFunctionTrigger>().Count()} queue, " +
                  $"{catalog.WithTrigger<TimerFunctionTrigger>().Count()} timer; host.json: {host.HostJson.Path ?? "none (defaults)"}");
        foreach (var line in lines)
        {
            await output.WriteLineAsync(line);
        }
    }
}
