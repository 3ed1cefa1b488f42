using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Guarantees;

/// <summary>
/// One LocalHost, shared by a class's tests, whose SendGrid fails on demand (each test <see cref="FaultySendGrid.Reset"/>s
/// it). Its clocks run in seconds: a request gives up after 2 s (a hang lasts 4), a batch's lease lasts 5 s, and
/// a deferred mail or batch is tried again after 1 s, doubled each time.
/// </summary>
public sealed class SendGridFaultSite : IAsyncLifetime
{
    private LocalHostFixture? site;

    public FaultySendGrid SendGrid { get; } = new() { Hang = TimeSpan.FromSeconds(4) };

    public LocalHostFixture Site => site ?? throw new InvalidOperationException("The site has not started.");

    public async Task InitializeAsync()
    {
        var settings = SendGrid.Settings;
        settings["SendGrid:RequestTimeout"] = "00:00:02";
        settings["SendGrid:RetryBaseDelay"] = "00:00:01";
        settings["Statements:Send:BatchSize"] = "5";
        settings["Statements:Send:Lease"] = "00:00:05";
        settings["Statements:Send:RetryBaseDelay"] = "00:00:01";
        site = await LocalHostFixture.StartAsync(new LocalHostFixtureOptions { Settings = settings });
    }

    public async Task DisposeAsync()
    {
        if (site is not null)
        {
            await site.DisposeAsync();
        }

        SendGrid.Dispose();
    }
}
