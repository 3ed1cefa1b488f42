using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Guarantees;

/// <summary>
/// LocalHost on a SendGrid that fails on demand, shared by a class's tests (each <see cref="FaultySendGrid.Reset"/>s
/// it or reads only its own mail). Its clocks run in seconds: a request gives up after 2 s (a hang lasts 4), a
/// batch's lease lasts 5 s, and a deferred mail or batch is tried again after 1 s, doubled each time.
/// </summary>
public sealed class SendGridFaultSite : LocalHostFixture, IAsyncLifetime
{
    public SendGridFaultSite()
        : this(new FaultySendGrid { Hang = TimeSpan.FromSeconds(4) })
    {
    }

    private SendGridFaultSite(FaultySendGrid sendGrid)
        : base(new LocalHostFixtureOptions { Settings = Settings(sendGrid) }) => SendGrid = sendGrid;

    public FaultySendGrid SendGrid { get; }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        SendGrid.Dispose();
    }

    private static Dictionary<string, string?> Settings(FaultySendGrid sendGrid)
    {
        var settings = sendGrid.Settings;
        settings["SendGrid:RequestTimeout"] = "00:00:02";
        settings["SendGrid:RetryBaseDelay"] = "00:00:01";
        settings["Statements:Send:BatchSize"] = "5";
        settings["Statements:Send:Lease"] = "00:00:05";
        settings["Statements:Send:RetryBaseDelay"] = "00:00:01";
        return settings;
    }
}
