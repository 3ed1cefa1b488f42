using Azure.Data.Tables;
using PauseIA.Media.Inquiries;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Inquiries;

public sealed class InquiryReferencesTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task ReferencesAreSequentialPerYear()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var services = harness.Services;
        var references = services.Get<InquiryReferences>();

        Assert.Equal("PIA-2031-0001", await references.NextAsync(2031));
        Assert.Equal("PIA-2031-0002", await references.NextAsync(2031));
        Assert.Equal("PIA-2032-0001", await references.NextAsync(2032));
    }

    [Fact]
    public async Task ConcurrentInstancesNeverHandOutTheSameReference()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var services = harness.Services;
        var table = services.GetKeyed<TableClient>(InquiryReferences.Name);
        var instances = Enumerable.Range(0, 4).Select(_ => new InquiryReferences(table)).ToList();

        var handedOut = await Task.WhenAll(Enumerable.Range(0, 40).Select(i => instances[i % instances.Count].NextAsync(2033)));

        Assert.Equal(40, handedOut.Distinct().Count());
        Assert.Equal(Enumerable.Range(1, 40).Select(n => InquiryReferences.Format(2033, n)), handedOut.Order());
        instances.ForEach(i => i.Dispose());
    }

    [Fact]
    public async Task AWarmInstanceSpendsOneRequestPerReference()
    {
        await using var harness = await InquiryHarness.CreateAsync(azurite);
        var services = harness.Services;
        var references = services.Get<InquiryReferences>();
        await references.NextAsync(2034);
        services.Requests.Reset();

        await references.NextAsync(2034);

        Assert.Equal(1, services.Requests.Count);
    }

    [Theory]
    [InlineData("Re: [PIA-2026-0042] Demande", "PIA-2026-0042")]
    [InlineData("TR: Demande [pia-2026-0042]", "PIA-2026-0042")]
    [InlineData("Fwd: AW: RE: Demande PIA-2026-12345", "PIA-2026-12345")]
    [InlineData("Demande sans référence", null)]
    [InlineData("PIA-26-0042", null)]
    public void AReferenceIsFoundInASubjectAfterAnyPrefix(string subject, string? expected) =>
        Assert.Equal(expected, InquiryReferences.FindIn(subject));
}
