using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SmtpServer;
using SmtpServer.Net;

namespace PauseIA.Media.LocalHost.Smtp;

/// <summary>
/// An SMTP server on loopback (<c>LocalHost:SmtpPort</c>, 0 for a free port) so that any mail
/// client can play a journalist: each message becomes the post SendGrid Inbound Parse would make.
/// </summary>
internal sealed class SmtpInboundListener(InboundParseForwarder forwarder, IOptions<LocalHostOptions> options) : IHostedService, IDisposable
{
    // SendGrid Inbound Parse refuses messages over 30 MB, so a bigger one never reaches the webhook in Azure either.
    public const int MaxMessageSize = 30 * 1024 * 1024;

    private readonly CancellationTokenSource stopping = new();
    private SmtpServer.SmtpServer? server;

    public int Port { get; private set; }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var port = options.Value.SmtpPort;
        var started = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously);
        var listeners = new EndpointListenerFactory();
        listeners.EndpointStarted += (_, e) => started.TrySetResult(((IPEndPoint)e.LocalEndPoint).Port);
        var settings = new SmtpServerOptionsBuilder()
            .ServerName("localhost")
            .Endpoint(e => e.Endpoint(new IPEndPoint(IPAddress.Loopback, port)))
            .MaxMessageSize(MaxMessageSize, MaxMessageSizeHandling.Strict)
            .Build();
        var provider = new SmtpServer.ComponentModel.ServiceProvider();
        provider.Add(listeners);
        provider.Add(forwarder);
        server = new SmtpServer.SmtpServer(settings, provider);
        var running = server.StartAsync(stopping.Token);
        if (await Task.WhenAny(started.Task, running).WaitAsync(TimeSpan.FromSeconds(30), cancellationToken) == running)
        {
            try
            {
                await running;
            }
            catch (SocketException ex)
            {
                throw new LocalHostConfigurationException($"{LocalHostOptions.Section}:SmtpPort: port {port} is in use ({ex.Message}); choose another or 0 for a free one.", ex);
            }

            throw new InvalidOperationException("The SMTP listener stopped as it started.");
        }

        Port = await started.Task;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (server is null)
        {
            return;
        }

        server.Shutdown();
        await stopping.CancelAsync();
        try
        {
            await server.ShutdownTask.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Sessions still open are cut when the process ends.
        }
    }

    public void Dispose() => stopping.Dispose();
}
