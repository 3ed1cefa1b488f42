using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PauseIA.Media.Storage;

namespace PauseIA.Media.Tests.Storage;

/// <summary>
/// The app's storage clients sign their requests with the account key of a connection string
/// (Azurite) or, given only the service URIs, with a Microsoft Entra token, as in Azure. No request
/// leaves: a policy after authentication reads it and stops it.
/// </summary>
public sealed class StorageAccountTests
{
    private const string Azurite =
        "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
        "BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;QueueEndpoint=http://127.0.0.1:10001/devstoreaccount1;TableEndpoint=http://127.0.0.1:10002/devstoreaccount1;";

    private static readonly Dictionary<string, string?> ServiceUris = new()
    {
        ["AzureWebJobsStorage:blobServiceUri"] = "https://stpauseia.blob.core.windows.net/",
        ["AzureWebJobsStorage:queueServiceUri"] = "https://stpauseia.queue.core.windows.net/",
        ["AzureWebJobsStorage:tableServiceUri"] = "https://stpauseia.table.core.windows.net/",
        ["AzureWebJobsStorage:credential"] = "managedidentity",
        ["AzureWebJobsStorage:clientId"] = "00000000-0000-0000-0000-0000000000c1",
    };

    [Fact]
    public async Task ServiceUrisMakeClientsThatSignInWithATokenCredential()
    {
        var (provider, captured, credential) = Build(ServiceUris);

        await Assert.ThrowsAsync<RequestStopped>(() => provider.GetRequiredService<TableServiceClient>().GetTableClient("inquiries").GetEntityIfExistsAsync<TableEntity>("p", "r"));
        await Assert.ThrowsAsync<RequestStopped>(() => provider.GetRequiredService<BlobServiceClient>().GetBlobContainerClient("statements").ExistsAsync());
        await Assert.ThrowsAsync<RequestStopped>(() => provider.GetRequiredService<QueueServiceClient>().GetQueueClient("inbound").ExistsAsync());

        Assert.Equal(
            ["https://stpauseia.table.core.windows.net", "https://stpauseia.blob.core.windows.net", "https://stpauseia.queue.core.windows.net"],
            captured.Requests.Select(r => $"{r.Uri.Scheme}://{r.Uri.Host}"));
        Assert.All(captured.Requests, r => Assert.Equal("Bearer token-for-storage", r.Authorization));
        Assert.Equal(["https://storage.azure.com/.default"], credential.Scopes.Distinct());
    }

    [Fact]
    public async Task AConnectionStringMakesClientsThatSignWithTheAccountKey()
    {
        var (provider, captured, credential) = Build(new() { ["AzureWebJobsStorage"] = Azurite });

        await Assert.ThrowsAsync<RequestStopped>(() => provider.GetRequiredService<TableServiceClient>().GetTableClient("inquiries").GetEntityIfExistsAsync<TableEntity>("p", "r"));
        await Assert.ThrowsAsync<RequestStopped>(() => provider.GetRequiredService<BlobServiceClient>().GetBlobContainerClient("statements").ExistsAsync());
        await Assert.ThrowsAsync<RequestStopped>(() => provider.GetRequiredService<QueueServiceClient>().GetQueueClient("inbound").ExistsAsync());

        Assert.Equal(["127.0.0.1:10002", "127.0.0.1:10000", "127.0.0.1:10001"], captured.Requests.Select(r => $"{r.Uri.Host}:{r.Uri.Port}"));
        Assert.All(captured.Requests, r => Assert.StartsWith("SharedKey", r.Authorization, StringComparison.Ordinal));
        Assert.Empty(credential.Scopes);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task QueueMessagesAreBase64EitherWaySoTheTriggersReadWhatWeWrite(bool withIdentity)
    {
        var (provider, captured, _) = Build(withIdentity ? ServiceUris : new() { ["AzureWebJobsStorage"] = Azurite });

        await Assert.ThrowsAsync<RequestStopped>(() => provider.GetRequiredService<QueueServiceClient>().GetQueueClient("inbound").SendMessageAsync("{\"key\":\"k\"}"));

        Assert.Contains($"<MessageText>{Convert.ToBase64String("{\"key\":\"k\"}"u8)}</MessageText>", Assert.Single(captured.Requests).Body, StringComparison.Ordinal);
    }

    [Fact]
    public void InAzureTheCredentialIsTheUserAssignedManagedIdentity()
    {
        var credential = StorageAccount.Credential(new StorageOptions { Credential = "managedidentity", ClientId = "00000000-0000-0000-0000-0000000000c1" });

        Assert.IsType<ManagedIdentityCredential>(credential);
    }

    [Fact]
    public void ElsewhereTheCredentialIsTheDefaultChain() =>
        Assert.IsType<DefaultAzureCredential>(StorageAccount.Credential(new StorageOptions()));

    [Fact]
    public void WithoutAnyStorageSettingTheStartStopsNamingIt()
    {
        var (provider, _, _) = Build([]);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("AzureWebJobsStorage is missing", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void IdentityBasedStorageNeedsAllThreeServiceUrisOverHttps()
    {
        var settings = new Dictionary<string, string?>(ServiceUris)
        {
            ["AzureWebJobsStorage:queueServiceUri"] = null,
            ["AzureWebJobsStorage:tableServiceUri"] = "http://stpauseia.table.core.windows.net/",
        };
        var (provider, _, _) = Build(settings);

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Equal(
            ["AzureWebJobsStorage__queueServiceUri", "AzureWebJobsStorage__tableServiceUri"],
            error.Failures.Select(f => f[..f.IndexOf(' ', StringComparison.Ordinal)]));
    }

    [Fact]
    public void EitherWayTheSettingsCountAsConfiguredSoLocalHostStartsNoAzurite()
    {
        Assert.False(StorageOptions.Read(Configuration([])).IsConfigured);
        Assert.True(StorageOptions.Read(Configuration(new() { ["AzureWebJobsStorage"] = Azurite })).IsConfigured);
        Assert.True(StorageOptions.Read(Configuration(ServiceUris)).IsConfigured);
    }

    private static (ServiceProvider Provider, CapturePolicy Captured, FakeCredential Credential) Build(Dictionary<string, string?> settings)
    {
        var captured = new CapturePolicy();
        var credential = new FakeCredential();
        var policies = new StoragePipelinePolicies();
        policies.BeforeTransport.Add(captured);
        var services = new ServiceCollection();
        services.AddSingleton(policies);
        services.AddStorage(Configuration(settings));
        services.AddKeyedSingleton<TokenCredential>(StorageAccount.CredentialKey, credential);
        return (services.BuildServiceProvider(), captured, credential);
    }

    private static IConfiguration Configuration(Dictionary<string, string?> settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings).Build();

    private sealed class RequestStopped : Exception;

    private sealed record CapturedRequest(Uri Uri, string? Authorization, string Body);

    /// <summary>Reads each request as it would leave, and stops it there (not retried: the exception is not a transport error).</summary>
    private sealed class CapturePolicy : HttpPipelinePolicy
    {
        public List<CapturedRequest> Requests { get; } = [];

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) => throw new NotSupportedException();

        public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            using var body = new MemoryStream();
            message.Request.Content?.WriteTo(body, CancellationToken.None);
            message.Request.Headers.TryGetValue("Authorization", out var authorization);
            Requests.Add(new CapturedRequest(message.Request.Uri.ToUri(), authorization, System.Text.Encoding.UTF8.GetString(body.ToArray())));
            throw new RequestStopped();
        }
    }

    private sealed class FakeCredential : TokenCredential
    {
        public List<string> Scopes { get; } = [];

        public override AccessToken GetToken(TokenRequestContext requestContext, CancellationToken cancellationToken)
        {
            Scopes.AddRange(requestContext.Scopes);
            return new AccessToken("token-for-storage", DateTimeOffset.UtcNow.AddHours(1));
        }

        public override ValueTask<AccessToken> GetTokenAsync(TokenRequestContext requestContext, CancellationToken cancellationToken) =>
            ValueTask.FromResult(GetToken(requestContext, cancellationToken));
    }
}
