using PauseIA.Media.LocalHost.Storage;
using Xunit;

namespace PauseIA.Media.Testing;

/// <summary>
/// An in-memory Azurite of its own for each test class (<c>IClassFixture&lt;AzuriteFixture&gt;</c>),
/// so classes running in parallel never see each other's tables. Starts in about a second.
/// Tests of one class share it: each test uses its own ids rather than expecting empty tables.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    private AzuriteProcess? azurite;

    public string ConnectionString => (azurite ?? throw new InvalidOperationException("Azurite has not started.")).ConnectionString;

    public AzuriteProcess Process => azurite ?? throw new InvalidOperationException("Azurite has not started.");

    public async Task InitializeAsync() => azurite = await AzuriteProcess.StartAsync(new AzuriteOptions { Location = null });

    public async Task DisposeAsync()
    {
        if (azurite is not null)
        {
            await azurite.DisposeAsync();
        }
    }
}
