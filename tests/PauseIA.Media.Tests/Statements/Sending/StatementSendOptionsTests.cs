using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PauseIA.Media.Statements.Sending;

namespace PauseIA.Media.Tests.Statements.Sending;

/// <summary>The send's settings, as the start checks them: a batch's lease outlasts SendGrid's request timeout.</summary>
public sealed class StatementSendOptionsTests
{
    [Fact]
    public void TheDefaultsHoldTheLeaseLongerThanARequestCanWait() =>
        Assert.Equal(TimeSpan.FromMinutes(5), Options([]).Lease);

    [Theory]
    [InlineData("00:00:10", "00:00:10")]
    [InlineData("00:00:05", "00:00:20")]
    public void ALeaseNoLongerThanTheRequestTimeoutStopsTheStartWithBothSettingsNamed(string lease, string requestTimeout)
    {
        var error = Assert.Throws<OptionsValidationException>(() => Options(new()
        {
            ["Statements:Send:Lease"] = lease,
            ["SendGrid:RequestTimeout"] = requestTimeout,
        }));

        Assert.Contains("Statements:Send:Lease", error.Message, StringComparison.Ordinal);
        Assert.Contains("SendGrid:RequestTimeout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ASecondsLongLeaseIsAllowedAboveASecondsLongTimeout() =>
        Assert.Equal(TimeSpan.FromSeconds(5), Options(new() { ["Statements:Send:Lease"] = "00:00:05", ["SendGrid:RequestTimeout"] = "00:00:02" }).Lease);

    private static StatementSendOptions Options(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        using var services = new ServiceCollection().AddPauseIaMedia(configuration).BuildServiceProvider();
        return services.GetRequiredService<IOptions<StatementSendOptions>>().Value;
    }
}
