using PauseIA.Media.Functions.Statements;
using PauseIA.Media.Statements;
using PauseIA.Media.Statements.Unsubscribing;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Statements.Languages;

/// <summary>What follows the language of the version a journalist received: the unsubscribe page and the privacy notice; and comments on a line of a translation.</summary>
public sealed class LanguageLinkTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task AnUnsubscribeLinkFromAnEnglishEmailOpensAnEnglishPageAndFrenchLinksAreUnchanged()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var tokens = host.Get<UnsubscribeTokens>();
        var english = tokens.Create(new UnsubscribeToken("abc123", "james@example.com", Language: "en"));
        var french = tokens.Create(new UnsubscribeToken("abc123", "claire@example.fr"));

        var page = await host.Services.CallAsync<UnsubscribeFunctions>(null, (f, r) => Task.FromResult(f.Show(r)), query: $"token={english}");
        var done = await host.Services.CallAsync<UnsubscribeFunctions>(null, (f, r) => f.Confirm(r), query: $"token={english}");

        Assert.Equal(new UnsubscribeToken("abc123", "james@example.com", Language: "en"), tokens.Read(english));
        Assert.Equal(new UnsubscribeToken("abc123", "claire@example.fr"), tokens.Read(french));
        Assert.Equal(host.Get<UnsubscribeTokens>().Create(new UnsubscribeToken("abc123", "claire@example.fr")), french);
        Assert.Contains("<html lang=\"en\">", page.Text, StringComparison.Ordinal);
        Assert.Contains("<button type=\"submit\">Unsubscribe me</button>", page.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("désinscri", page.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("will no longer receive", done.Text, StringComparison.Ordinal);
        Assert.Equal(("james@example.com", "unsubscribe-link:abc123"), Assert.Single(host.Contacts.OptOuts));
    }

    [Fact]
    public async Task AStatementInEnglishLinksTheEnglishPrivacyNoticeWhenThereIsOne()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite, new Dictionary<string, string?> { ["Mail:PrivacyNoticeUrlEn"] = "https://pauseai.info/privacy" });
        var draft = await Bilingual.DraftAsync(host, StatementAudience.ForSegment(host.NewSegment()));
        var previews = host.Get<PauseIA.Media.Statements.Sending.StatementPreviews>();

        var english = await previews.PreviewAsync(draft.Id, host.Director, null, "en");
        var french = await previews.PreviewAsync(draft.Id, host.Director, null);

        Assert.Contains("Privacy notice: https://pauseai.info/privacy", english.Text, StringComparison.Ordinal);
        Assert.Contains("https://pauseia.fr/confidentialite", french.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("pauseai.info/privacy", french.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALineCommentNamesTheLanguageOfTheTextItIsOn()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var draft = await Bilingual.DraftAsync(host, StatementAudience.ForSegment(host.NewSegment()));
        var reviews = host.Get<StatementReviews>();

        var commented = await reviews.CommentAsync(draft.Id, new CommentRequest("“Calls on” reads oddly.", Line: 3, Language: "en"), host.Director);
        var beyond = await host.Services.CallAsync<StatementReviewFunctions>(host.Director.Email, (f, r) => f.Comment(r, draft.Id), new { text = "Here?", line = 9, language = "en" });
        var noLine = await host.Services.CallAsync<StatementReviewFunctions>(host.Director.Email, (f, r) => f.Comment(r, draft.Id), new { text = "Where?", language = "en" });

        var comment = commented.Timeline.Single(e => e.Kind == StatementEventKind.Commented);
        Assert.Equal((3, "en"), (comment.Line, comment.Language));
        Assert.Equal(400, beyond.Status);
        Assert.Contains("(1 à 4)", beyond.Error, StringComparison.Ordinal);
        Assert.Equal(400, noLine.Status);
    }
}
