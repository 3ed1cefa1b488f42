using Azure.Data.Tables;
using PauseIA.Media.Contacts;

namespace PauseIA.Media.Tests.Contacts;

public sealed class ContactKeysTests
{
    [Theory]
    [InlineData("claire@lemonde.fr", "c")]
    [InlineData("0800@radio.fr", "0")]
    [InlineData("_x@radio.fr", "_")]
    [InlineData("#news@radio.fr", "_")]
    public void ThePartitionIsTheAddresssInitial(string email, string partition) =>
        Assert.Equal(partition, ContactKeys.Partition(email));

    [Fact]
    public void PartitionsAreListedInKeyOrderSoThatScansReturnAddressesSorted() =>
        Assert.Equal(ContactKeys.Partitions.OrderBy(p => p, StringComparer.Ordinal), ContactKeys.Partitions);

    [Fact]
    public void PartitionRangesCoverEveryPartitionOnceInOrder()
    {
        var ranges = ContactKeys.PartitionRanges;
        Assert.Equal(8, ranges.Count);
        Assert.Equal(("0", "5"), ranges[0]);
        Assert.Null(ranges[^1].To);
        Assert.All(ContactKeys.Partitions, p => Assert.Single(ranges, r => string.CompareOrdinal(p, r.From) >= 0 && (r.To is null || string.CompareOrdinal(p, r.To) < 0)));
    }

    [Fact]
    public void CharactersThatTableKeysRefuseAreEscapedReversibly()
    {
        const string email = "a/b#c?d%e\\f@example.org";
        var row = ContactKeys.Row(email);
        Assert.DoesNotContain('/', row);
        Assert.DoesNotContain('#', row);
        Assert.DoesNotContain('?', row);
        Assert.DoesNotContain('\\', row);
        Assert.Equal(email, ContactKeys.EmailOf(row));
        Assert.Equal("plain@example.org", ContactKeys.Row("plain@example.org"));
    }

    [Fact]
    public void AContactsActivityRangeHoldsItsRowsOnlyNewestFirst()
    {
        var older = ContactKeys.ActivityRow("ab@x.fr", DateTimeOffset.Parse("2026-01-01T00:00:00Z"), "1");
        var newer = ContactKeys.ActivityRow("ab@x.fr", DateTimeOffset.Parse("2026-06-01T00:00:00Z"), "2");
        var other = ContactKeys.ActivityRow("ab@x.fr.net", DateTimeOffset.Parse("2026-03-01T00:00:00Z"), "3");
        Assert.True(string.CompareOrdinal(newer, older) < 0);
        foreach (var row in new[] { older, newer })
        {
            Assert.True(string.CompareOrdinal(row, ContactKeys.ActivityStart("ab@x.fr")) >= 0);
            Assert.True(string.CompareOrdinal(row, ContactKeys.ActivityEnd("ab@x.fr")) < 0);
        }

        Assert.False(string.CompareOrdinal(other, ContactKeys.ActivityStart("ab@x.fr")) >= 0 && string.CompareOrdinal(other, ContactKeys.ActivityEnd("ab@x.fr")) < 0);
    }

    [Fact]
    public void ABatchThatMixesPartitionsIsRefusedBeforeItReachesStorage()
    {
        var batch = new List<TableTransactionAction>
        {
            new(TableTransactionActionType.Add, new TableEntity("a", "1")),
            new(TableTransactionActionType.Add, new TableEntity("b", "2")),
        };
        Assert.Throws<InvalidOperationException>(() => PartitionBatches.AssertOnePartition(batch));
    }

    [Fact]
    public void BatchesHoldOnePartitionAndAtMostAHundredActions()
    {
        var actions = Enumerable.Range(0, 250).Select(i => new TableTransactionAction(TableTransactionActionType.Add, new TableEntity(i % 2 == 0 ? "a" : "b", i.ToString("D3"))));
        var batches = PartitionBatches.Split(actions);
        Assert.Equal(4, batches.Count);
        Assert.All(batches, b => PartitionBatches.AssertOnePartition(b));
        Assert.Equal([100, 25, 100, 25], batches.Select(b => b.Count));
    }
}
