using PauseIA.Media.Functions.Statements;
using PauseIA.Media.Statements;
using PauseIA.Media.Statements.Diffs;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Statements.Diffs;

public sealed class StatementDiffTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public void LinesAreComparedInlineAndSideBySideWithWordsOfModifiedLines()
    {
        var diff = MarkdownDiffer.Diff(1, 2, "# Titre\nPause IA demande un traité.\nFin.\n", "# Titre\nPause IA exige un traité.\nNouveau.\nFin.\n");

        Assert.Equal(new DiffSummary(1, 0, 1), diff.Summary);
        Assert.Equal(
            [
                new DiffLine(DiffChange.Unchanged, 1, 1, "# Titre"),
                new DiffLine(DiffChange.Deleted, 2, null, "Pause IA demande un traité."),
                new DiffLine(DiffChange.Inserted, null, 2, "Pause IA exige un traité."),
                new DiffLine(DiffChange.Inserted, null, 3, "Nouveau."),
                new DiffLine(DiffChange.Unchanged, 3, 4, "Fin."),
            ],
            diff.Lines);
        var modified = diff.Rows[1];
        Assert.Equal(DiffChange.Modified, modified.Old!.Type);
        Assert.Equal(2, modified.New!.Number);
        Assert.Contains(new DiffWord(DiffChange.Deleted, "demande"), modified.Old.Words!);
        Assert.Contains(new DiffWord(DiffChange.Inserted, "exige"), modified.New.Words!);
        Assert.Contains(new DiffWord(DiffChange.Unchanged, "traité"), modified.New.Words!);
        Assert.Null(diff.Rows[2].Old);
        Assert.Equal("Nouveau.", diff.Rows[2].New!.Text);
    }

    [Fact]
    public async Task TheDiffBetweenTwoVersionsComesFromTheApiAsJson()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var draft = await host.DraftAsync(host.PressOfficer, StatementAudience.ForSegment(host.NewSegment()), "# Un\nDeux\n");
        await host.Get<StatementDrafts>().ReviseAsync(draft.Id, new SaveStatementRequest("# Un\nTrois\n"), draft.ETag, host.PressOfficer);

        var diff = await host.Services.CallAsync<StatementReviewFunctions>(host.Director.Email, (f, r) => f.Diff(r, draft.Id), query: "from=1&to=2");

        Assert.Equal(200, diff.Status);
        Assert.Equal(1, (int?)diff.Json!["from"]);
        Assert.Equal("modified", (string?)diff.Json["rows"]![1]!["old"]!["type"]);
        Assert.Equal("inserted", (string?)diff.Json["lines"]![2]!["type"]);
        Assert.Equal(1, (int?)diff.Json["summary"]!["modified"]);
    }

    [Fact]
    public async Task SinceLastReviewStartsFromTheVersionTheReviewerLastSentBack()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var review = await host.InReviewAsync(StatementAudience.ForSegment(host.NewSegment()), "# Un\nDeux\n");
        var sentBack = await host.Get<StatementReviews>().ReviewAsync(review.Id, new ReviewRequest(ReviewDecision.RequestChanges, "Trois ?"), host.Director, null);
        var v2 = await host.Get<StatementDrafts>().ReviseAsync(review.Id, new SaveStatementRequest("# Un\nDeux\nTrois\n"), sentBack.ETag, host.PressOfficer);
        await host.Get<StatementDrafts>().ReviseAsync(review.Id, new SaveStatementRequest("# Un\nDeux\nTrois.\n"), v2.ETag, host.PressOfficer);

        var forDirector = await host.Get<StatementDiffs>().DiffAsync(review.Id, null, null, StatementDiffs.SinceLastReview, host.Director);
        var forSpokesperson = await host.Get<StatementDiffs>().DiffAsync(review.Id, null, null, StatementDiffs.SinceLastReview, host.Spokesperson);

        Assert.Equal((1, 3), (forDirector.From, forDirector.To));
        Assert.Equal(new DiffSummary(1, 0, 0), forDirector.Summary);
        Assert.Equal(0, forSpokesperson.From);
        Assert.Equal(3, forSpokesperson.Summary.Inserted);
    }

    [Theory]
    [InlineData("")]
    [InlineData("from=0")]
    [InlineData("from=3")]
    [InlineData("from=1&to=9")]
    [InlineData("from=one")]
    [InlineData("since=yesterday")]
    [InlineData("since=lastReview&from=1")]
    public async Task ABadDiffRequestIsABadRequest(string query)
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var draft = await host.DraftAsync(host.PressOfficer, StatementAudience.ForSegment(host.NewSegment()));

        var refused = await host.Services.CallAsync<StatementReviewFunctions>(host.Director.Email, (f, r) => f.Diff(r, draft.Id), query: query);

        Assert.Equal(400, refused.Status);
    }
}
