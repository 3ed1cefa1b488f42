using Azure.Data.Tables;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Foundation;

/// <summary>Azurite accepts transactions Azure refuses; the tests' storage clients refuse them too.</summary>
public sealed class AzureTransactionRulesTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task ATransactionAcrossPartitionsOrOfMoreThanAHundredRowsIsRefused()
    {
        await using var services = await TestServices.CreateAsync(azurite);
        var table = services.GetKeyed<TableClient>(PauseIA.Media.Inquiries.InquiryStore.Name);
        TableTransactionAction Add(string partition, int row) => new(TableTransactionActionType.Add, new TableEntity(partition, $"rules-{row}"));

        await table.SubmitTransactionAsync([Add("rules", 1), Add("rules", 2)]);
        await Assert.ThrowsAsync<InvalidOperationException>(() => table.SubmitTransactionAsync([Add("rules", 3), Add("other", 4)]));
        await Assert.ThrowsAsync<InvalidOperationException>(() => table.SubmitTransactionAsync(Enumerable.Range(10, 101).Select(i => Add("rules", i))));
        await Assert.ThrowsAsync<InvalidOperationException>(() => table.SubmitTransactionAsync(
            [new(TableTransactionActionType.UpsertReplace, new TableEntity("rules", "rules-1")), new(TableTransactionActionType.Delete, new TableEntity("other", "x"), Azure.ETag.All)]));

        Assert.Equal(2, await table.QueryAsync<TableEntity>(e => e.PartitionKey == "rules").CountAsync());
    }
}
