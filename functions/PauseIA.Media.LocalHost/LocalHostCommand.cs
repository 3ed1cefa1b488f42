using PauseIA.Media.LocalHost.Hosting;

namespace PauseIA.Media.LocalHost;

/// <summary>What <c>dotnet run</c> does: start, print where things are, run until Ctrl+C; a bad start prints why and exits with 1.</summary>
public static class LocalHostCommand
{
    public static async Task<int> RunAsync(LocalFunctionHostSetup setup, TextWriter error, CancellationToken cancellationToken = default)
    {
        LocalFunctionHost host;
        try
        {
            host = await LocalFunctionHost.StartAsync(setup, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            await error.WriteLineAsync(StartupError.Describe(ex));
            return 1;
        }

        await using (host)
        {
            await host.WaitForShutdownAsync(cancellationToken);
        }

        return 0;
    }
}
