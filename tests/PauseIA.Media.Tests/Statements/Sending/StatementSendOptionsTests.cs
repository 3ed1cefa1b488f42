using System.ComponentModel.DataAnnotations;
using PauseIA.Media.Statements.Sending;

namespace PauseIA.Media.Tests.Statements.Sending;

/// <summary>The send's settings, as <c>ValidateDataAnnotations</c> checks them at start.</summary>
public sealed class StatementSendOptionsTests
{
    [Fact]
    public void TheDefaultsHoldTheLeaseLongerThanABatchRequestCanWait() =>
        Assert.Empty(Validate(new StatementSendOptions()));

    [Theory]
    [InlineData("00:00:10", "00:00:10")]
    [InlineData("00:00:05", "00:00:20")]
    public void ALeaseNoLongerThanTheRequestTimeoutIsRefused(string lease, string requestTimeout)
    {
        var failures = Validate(new StatementSendOptions { Lease = TimeSpan.Parse(lease, System.Globalization.CultureInfo.InvariantCulture), RequestTimeout = TimeSpan.Parse(requestTimeout, System.Globalization.CultureInfo.InvariantCulture) });

        var failure = Assert.Single(failures);
        Assert.Equal([nameof(StatementSendOptions.Lease)], failure.MemberNames);
        Assert.Contains("RequestTimeout", failure.ErrorMessage, StringComparison.Ordinal);
    }

    private static List<ValidationResult> Validate(StatementSendOptions options)
    {
        var failures = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), failures, validateAllProperties: true);
        return failures;
    }
}
