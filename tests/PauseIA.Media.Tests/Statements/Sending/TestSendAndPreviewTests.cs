using System.Text.Json.Nodes;
using PauseIA.Media.Email;
using PauseIA.Media.Functions.Statements;
using PauseIA.Media.Statements;
using PauseIA.Media.Statements.Sending;
using PauseIA.Media.Statements.Unsubscribing;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Statements.Sending;

/// <summary>A test send to oneself, and the preview of exactly what the send builds.</summary>
public sealed class TestSendAndPreviewTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task ATestSendGoesOnlyToTheSignedInMemberFromReviewOn()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var draft = await host.DraftAsync(host.PressOfficer, StatementAudience.ForSegment(host.NewSegment()));

        var tooEarly = await host.Services.CallAsync<StatementSendFunctions>(host.PressOfficer.Email, (f, r) => f.Send(r, draft.Id), body: new { test = true });
        await host.Get<StatementReviews>().SubmitAsync(draft.Id, host.PressOfficer, null);
        var test = await host.Services.CallAsync<StatementSendFunctions>(host.Director.Email, (f, r) => f.Send(r, draft.Id), body: new { test = true });

        Assert.Equal(409, tooEarly.Status);
        Assert.Equal(200, test.Status);
        Assert.Equal(TestSettings.CommsDirector, (string?)test.Json!["sentTo"]);
        var mail = Assert.Single(await host.Get<OutboxStore>().ListAsync(relatedId: draft.Id), m => m.Kind == nameof(MailKind.StatementTest));
        Assert.Equal([TestSettings.CommsDirector], mail.To);
        Assert.StartsWith("[TEST] ", mail.Subject, StringComparison.Ordinal);
        Assert.Contains("Pause IA demande un traité international", mail.Subject, StringComparison.Ordinal);
        var url = mail.Headers["List-Unsubscribe"].Split('>')[0].TrimStart('<');
        Assert.True(host.Get<UnsubscribeTokens>().Read(url[(url.IndexOf('=', StringComparison.Ordinal) + 1)..])!.Test);
        Assert.Equal(StatementState.InReview, (await host.StatementAsync(draft.Id)).State);
        Assert.Empty(await host.Get<OutboxStore>().ListAsync(kind: nameof(MailKind.Statement), relatedId: draft.Id));
    }

    [Fact]
    public async Task ThePreviewIsThePayloadTheSendBuildsForOneRecipient()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var view = await host.InReviewAsync(StatementAudience.ForSegment(host.NewSegment()));

        var preview = await host.Services.CallAsync<StatementPreviewFunctions>(host.Director.Email, (f, r) => f.Preview(r, view.Id));

        Assert.Equal(200, preview.Status);
        Assert.Equal(view.ContentHash, (string?)preview.Json!["contentHash"]);
        Assert.Contains("Pause IA demande un traité international", (string?)preview.Json["subject"], StringComparison.Ordinal);
        Assert.Equal("\"Pause IA – Presse\" <presse@pauseia.fr>", (string?)preview.Json["from"]);
        Assert.Contains(TestSettings.CommsDirector, (string?)preview.Json["to"], StringComparison.Ordinal);
        var headers = preview.Json["headers"]!.AsArray().ToDictionary(h => (string)h!["name"]!, h => (string?)h!["value"]);
        Assert.Equal("List-Unsubscribe=One-Click", headers["List-Unsubscribe-Post"]);
        var url = headers["List-Unsubscribe"]!.Split('>')[0].TrimStart('<');
        Assert.Contains(url, (string?)preview.Json["text"], StringComparison.Ordinal);
        Assert.DoesNotContain(StatementMessageBuilder.UnsubscribePlaceholder, (string?)preview.Json["html"], StringComparison.Ordinal);
        Assert.Equal(view.Id, (string?)preview.Json["customArgs"]!["statementId"]);
        Assert.True(host.Get<UnsubscribeTokens>().Read(url[(url.IndexOf('=', StringComparison.Ordinal) + 1)..])!.Test);
    }
}
