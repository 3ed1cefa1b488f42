using CsCheck;
using PauseIA.Media.Common;
using PauseIA.Media.Contacts;
using PauseIA.Media.Contacts.Import;
using PauseIA.Media.Contacts.Privacy;
using Xunit.Abstractions;

namespace PauseIA.Media.Tests.Security;

/// <summary>
/// Any file given to the import is read or refused with a 4xx, and planned without an exception:
/// every row it reads gets an outcome, and a rejected row says why.
/// </summary>
public sealed class ContactCsvPropertyTests(ITestOutputHelper output)
{
    private static readonly SuppressionSet NoSuppression = new(new Dictionary<string, SuppressionEntry>(), e => e);

    [Fact]
    public void AnyFileIsReadAndPlannedOrRefusedNeverThrown() =>
        PropertyRun.Check(
            HostileCsv.File,
            bytes =>
            {
                CsvImportFile file;
                try
                {
                    file = ContactCsvReader.Read(bytes, maxRows: 1000);
                }
                catch (DomainException refused)
                {
                    Assert.True(refused.Kind is DomainErrorKind.BadRequest or DomainErrorKind.PayloadTooLarge, refused.Message);
                    return;
                }

                var plan = ReadingServices.Get<ContactImportPlanner>().Plan(file, new Dictionary<string, Contact>(), NoSuppression, overwrite: false, DateTimeOffset.UnixEpoch);
                Assert.Equal(file.Lines.Count, plan.Report.Rows.Count);
                Assert.All(plan.Report.Rows.Where(r => r.Outcome == ImportOutcome.Rejected), r => Assert.False(string.IsNullOrEmpty(r.ReasonCode)));
            },
            300,
            output);
}
