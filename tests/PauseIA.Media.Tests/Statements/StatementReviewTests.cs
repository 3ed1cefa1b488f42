using System.Text.Json.Nodes;
using PauseIA.Media.Common;
using PauseIA.Media.Email;
using PauseIA.Media.Functions.Statements;
using PauseIA.Media.Identity;
using PauseIA.Media.Statements;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Statements;

public sealed class StatementReviewTests(AzuriteFixture azurite) : IClassFixture<AzuriteFixture>
{
    [Fact]
    public async Task TheWholeWorkflowRunsWithEveryRoleThroughTheApi()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var segment = host.NewSegment(3);

        var created = await host.Services.CallAsync<StatementDraftFunctions>(host.PressOfficer.Email, (f, r) => f.Create(r), body: new { markdown = StatementsTestHost.Markdown, kind = "pressRelease", audience = new { segment } });
        Assert.Equal(201, created.Status);
        var id = (string)created.Json!["id"]!;
        Assert.Equal("draft", (string?)created.Json["state"]);
        Assert.Equal(1, (int?)created.Json["version"]);
        Assert.Equal(64, ((string?)created.Json["contentHash"])!.Length);
        Assert.Equal("Pause IA demande un traité international", (string?)created.Json["title"]);
        Assert.Equal($"/api/statements/{id}", created.Headers.Location.ToString());

        var submitted = await host.Services.CallAsync<StatementReviewFunctions>(host.PressOfficer.Email, (f, r) => f.Submit(r, id));
        Assert.Equal("inReview", (string?)submitted.Json!["state"]);

        var approved = await host.Services.CallAsync<StatementReviewFunctions>(host.Director.Email, (f, r) => f.Review(r, id), body: new { decision = "approve", comment = "Looks right.", version = 1 });
        Assert.Equal("approved", (string?)approved.Json!["state"]);
        Assert.Equal(TestSettings.CommsDirector, (string?)approved.Json["approval"]!["by"]);
        Assert.Equal((string?)created.Json["contentHash"], (string?)approved.Json["approval"]!["contentHash"]);
        var forSpokesperson = await host.Services.CallAsync<StatementDraftFunctions>(host.Spokesperson.Email, (f, r) => f.Get(r, id));
        Assert.Contains("signOff", forSpokesperson.Json!["actions"]!.AsArray().Select(a => (string?)a), StringComparer.Ordinal);

        var manifest = await host.Services.CallAsync<StatementSignOffFunctions>(host.Spokesperson.Email, (f, r) => f.SignOff(r, id));
        Assert.Equal(200, manifest.Status);
        Assert.True((bool?)manifest.Json!["frozen"]);
        Assert.Equal(3, manifest.Json["recipients"]!.AsArray().Count);

        var sending = await host.Services.CallAsync<StatementSendFunctions>(host.Spokesperson.Email, (f, r) => f.Send(r, id), body: new { });
        Assert.Equal(202, sending.Status);
        Assert.Equal("sending", (string?)sending.Json!["state"]);

        await host.RunSendAsync(id);

        var sent = await host.Services.CallAsync<StatementDraftFunctions>(host.LyonLead.Email, (f, r) => f.Get(r, id));
        Assert.Equal("sent", (string?)sent.Json!["state"]);
        Assert.Equal(sent.Headers.ETag.ToString(), (string?)sent.Json["etag"]);
        Assert.Equal(
            ["created", "submitted", "approved", "signedOff", "sendStarted", "batchSent", "sent"],
            sent.Json["timeline"]!.AsArray().Select(e => (string?)e!["kind"]));
        Assert.Equal(TestSettings.Spokesperson, (string?)sent.Json["signOff"]!["by"]);
    }

    [Fact]
    public async Task TheDirectorIsToldOfASubmissionTheAuthorOfEachDecisionAndTheSpokespersonOfAnApproval()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var view = await host.InReviewAsync(StatementAudience.ForSegment(host.NewSegment()));
        var reviews = host.Get<StatementReviews>();
        var sentBack = await reviews.ReviewAsync(view.Id, new ReviewRequest(ReviewDecision.RequestChanges, "Cite the source."), host.Director, null);
        var revised = await host.Get<StatementDrafts>().ReviseAsync(view.Id, new SaveStatementRequest(StatementsTestHost.Markdown + "\nSource : ONU.\n"), sentBack.ETag, host.PressOfficer);
        await reviews.SubmitAsync(view.Id, host.PressOfficer, null);
        await reviews.ReviewAsync(view.Id, new ReviewRequest(ReviewDecision.Approve), host.Director, null);

        var outbox = await host.Get<OutboxStore>().ListAsync(kind: nameof(MailKind.Notification), relatedId: view.Id);
        string[] Subjects(string to) => outbox.Where(m => m.To.Contains(to)).Select(m => m.Subject).Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(2, revised.Version);
        Assert.Equal(["[Review requested] Pause IA demande un traité international", "[Review requested] Pause IA demande un traité international"], Subjects(TestSettings.CommsDirector));
        Assert.Equal(["[Approuvé] Pause IA demande un traité international", "[Modifications demandées] Pause IA demande un traité international"], Subjects(TestSettings.PressOfficer));
        Assert.Equal(["[À valider] Pause IA demande un traité international"], Subjects(TestSettings.Spokesperson));
        var changesRequested = outbox.Single(m => m.Subject.StartsWith("[Modifications demandées]", StringComparison.Ordinal));
        Assert.Contains("Cite the source.", await host.Get<OutboxStore>().ReadBlobAsync(changesRequested.EmlBlobs[0]), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDirectorCannotApproveADraftTheyWrote()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var draft = await host.DraftAsync(host.Director, StatementAudience.ForSegment(host.NewSegment()));
        await host.Get<StatementReviews>().SubmitAsync(draft.Id, host.Director, null);

        var refused = await host.Services.CallAsync<StatementReviewFunctions>(host.Director.Email, (f, r) => f.Review(r, draft.Id), body: new { decision = "approve" });

        Assert.Equal(403, refused.Status);
        Assert.Contains("someone else", refused.Error, StringComparison.Ordinal);
        Assert.Equal(StatementState.InReview, (await host.StatementAsync(draft.Id)).State);
    }

    [Fact]
    public async Task ADirectorWhoEditedADraftBecomesAnAuthorAndCannotApproveIt()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var draft = await host.DraftAsync(host.PressOfficer, StatementAudience.ForSegment(host.NewSegment()));
        await host.Get<StatementDrafts>().ReviseAsync(draft.Id, new SaveStatementRequest(StatementsTestHost.Markdown + "\nAjout.\n"), draft.ETag, host.Director);
        await host.Get<StatementReviews>().SubmitAsync(draft.Id, host.PressOfficer, null);

        var refusal = await Assert.ThrowsAsync<DomainException>(() =>
            host.Get<StatementReviews>().ReviewAsync(draft.Id, new ReviewRequest(ReviewDecision.Approve), host.Director, null));

        Assert.Equal(DomainErrorKind.Forbidden, refusal.Kind);
    }

    [Fact]
    public async Task OnlyTheDirectorApprovesAtTheEdgeAndInTheDomain()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var view = await host.InReviewAsync(StatementAudience.ForSegment(host.NewSegment()));

        var atTheEdge = await host.Services.CallAsync<StatementReviewFunctions>(host.Spokesperson.Email, (f, r) => f.Review(r, view.Id), body: new { decision = "approve" });
        var inTheDomain = await Assert.ThrowsAsync<DomainException>(() =>
            host.Get<StatementReviews>().ReviewAsync(view.Id, new ReviewRequest(ReviewDecision.Approve), host.Spokesperson, null));

        Assert.Equal(403, atTheEdge.Status);
        Assert.Equal(DomainErrorKind.Forbidden, inTheDomain.Kind);
        Assert.Equal(StatementState.InReview, (await host.StatementAsync(view.Id)).State);
    }

    [Fact]
    public async Task RequestingChangesWithoutACommentIsABadRequestAndChangesNothing()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var view = await host.InReviewAsync(StatementAudience.ForSegment(host.NewSegment()));

        var refused = await host.Services.CallAsync<StatementReviewFunctions>(host.Director.Email, (f, r) => f.Review(r, view.Id), body: new { decision = "requestChanges", comment = "  " });

        Assert.Equal(400, refused.Status);
        var after = await host.Get<StatementQueries>().GetAsync(view.Id, host.Director);
        Assert.Equal(StatementState.InReview, after.State);
        Assert.Equal(view.ETag, after.ETag);
        Assert.Equal(view.Timeline.Count, after.Timeline.Count);
    }

    [Fact]
    public async Task SigningOffBeforeApprovalIsAConflict()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var view = await host.InReviewAsync(StatementAudience.ForSegment(host.NewSegment()));

        var refused = await host.Services.CallAsync<StatementSignOffFunctions>(host.Spokesperson.Email, (f, r) => f.SignOff(r, view.Id));

        Assert.Equal(409, refused.Status);
        Assert.Contains("approved", refused.Error, StringComparison.Ordinal);
        Assert.Null((await host.StatementAsync(view.Id)).SignOff);
    }

    [Fact]
    public async Task OnlyTheSpokespersonSignsOff()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var view = await host.ApprovedAsync(StatementAudience.ForSegment(host.NewSegment()));

        var atTheEdge = await host.Services.CallAsync<StatementSignOffFunctions>(host.Director.Email, (f, r) => f.SignOff(r, view.Id));
        var inTheDomain = await Assert.ThrowsAsync<DomainException>(() =>
            host.Get<StatementSignOffs>().SignOffAsync(view.Id, new SignOffRequest(), host.PressOfficer, null));

        Assert.Equal(403, atTheEdge.Status);
        Assert.Equal(DomainErrorKind.Forbidden, inTheDomain.Kind);
        Assert.Equal(StatementState.Approved, (await host.StatementAsync(view.Id)).State);
    }

    [Fact]
    public async Task WhoeverApprovedCannotAlsoSignOffEvenHoldingBothRoles()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite, new Dictionary<string, string?>
        {
            ["Team:Members:8:Email"] = "both@pauseia.fr",
            ["Team:Members:8:DisplayName"] = "Dominique Double",
            ["Team:Members:8:Language"] = "fr",
            ["Team:Members:8:Roles:0"] = "CommsDirector",
            ["Team:Members:8:Roles:1"] = "Spokesperson",
        });
        var both = host.Get<TeamDirectory>().Find("both@pauseia.fr")!;
        var view = await host.InReviewAsync(StatementAudience.ForSegment(host.NewSegment()));
        await host.Get<StatementReviews>().ReviewAsync(view.Id, new ReviewRequest(ReviewDecision.Approve), both, null);

        var refusal = await Assert.ThrowsAsync<DomainException>(() => host.Get<StatementSignOffs>().SignOffAsync(view.Id, new SignOffRequest(), both, null));

        Assert.Equal(DomainErrorKind.Forbidden, refusal.Kind);
    }

    [Fact]
    public async Task SendingByAnyoneButTheSpokespersonIsForbidden()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var id = await host.SignedOffAsync(StatementAudience.ForSegment(host.NewSegment()));

        var byOfficer = await host.Services.CallAsync<StatementSendFunctions>(host.PressOfficer.Email, (f, r) => f.Send(r, id), body: new { test = false });
        var byDirector = await host.Services.CallAsync<StatementSendFunctions>(host.Director.Email, (f, r) => f.Send(r, id));

        Assert.Equal(403, byOfficer.Status);
        Assert.Equal(403, byDirector.Status);
        Assert.Equal(StatementState.SignedOff, (await host.StatementAsync(id)).State);
    }

    [Fact]
    public async Task AnEditAfterSignOffVoidsTheApprovalAndTheSendIsRefused()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var id = await host.SignedOffAsync(StatementAudience.ForSegment(host.NewSegment()));
        var before = await host.Get<StatementQueries>().GetAsync(id, host.PressOfficer);

        var edited = await host.Get<StatementDrafts>().ReviseAsync(id, new SaveStatementRequest(StatementsTestHost.Markdown.Replace("traité", "accord", StringComparison.Ordinal)), before.ETag, host.PressOfficer);
        var refused = await host.Services.CallAsync<StatementSendFunctions>(host.Spokesperson.Email, (f, r) => f.Send(r, id));

        Assert.Equal(StatementState.Draft, edited.State);
        Assert.Null(edited.Approval);
        Assert.Null(edited.SignOff);
        Assert.NotEqual(before.ContentHash, edited.ContentHash);
        Assert.Contains(edited.Timeline, e => e.Kind == StatementEventKind.ApprovalVoided && e.Detail!.Contains("version 1", StringComparison.Ordinal));
        Assert.Equal(409, refused.Status);
        Assert.Empty(await host.Get<OutboxStore>().ListAsync(kind: nameof(MailKind.Statement), relatedId: id));
    }

    [Fact]
    public async Task AnAudienceChangeVoidsTheApprovalToo()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var view = await host.ApprovedAsync(StatementAudience.ForSegment(host.NewSegment()));
        var other = host.NewSegment();

        var edited = await host.Get<StatementDrafts>().ReviseAsync(view.Id, new SaveStatementRequest(StatementsTestHost.Markdown, Audience: StatementAudience.ForSegment(other)), view.ETag, host.PressOfficer);

        Assert.Equal(StatementState.Draft, edited.State);
        Assert.NotEqual(view.ContentHash, edited.ContentHash);
        Assert.Contains(edited.Timeline, e => e.Kind == StatementEventKind.Revised && e.Detail!.Contains(other, StringComparison.Ordinal));
        Assert.Contains(edited.Timeline, e => e.Kind == StatementEventKind.ApprovalVoided);
    }

    [Fact]
    public async Task AfterChangesAreRequestedOnlyANewVersionCanBeSubmitted()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var view = await host.InReviewAsync(StatementAudience.ForSegment(host.NewSegment()));
        var reviews = host.Get<StatementReviews>();
        var sentBack = await reviews.ReviewAsync(view.Id, new ReviewRequest(ReviewDecision.RequestChanges, "Plus court."), host.Director, null);

        var refusal = await Assert.ThrowsAsync<DomainException>(() => reviews.SubmitAsync(view.Id, host.PressOfficer, null));
        await host.Get<StatementDrafts>().ReviseAsync(view.Id, new SaveStatementRequest("# Court\n"), sentBack.ETag, host.PressOfficer);
        var resubmitted = await reviews.SubmitAsync(view.Id, host.PressOfficer, null);

        Assert.Equal(DomainErrorKind.Conflict, refusal.Kind);
        Assert.Equal(StatementState.InReview, resubmitted.State);
        Assert.Equal(2, resubmitted.Version);
    }

    [Fact]
    public async Task ApprovingAVersionThatIsNoLongerCurrentIsAConflict()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var view = await host.InReviewAsync(StatementAudience.ForSegment(host.NewSegment()));

        var refusal = await Assert.ThrowsAsync<DomainException>(() =>
            host.Get<StatementReviews>().ReviewAsync(view.Id, new ReviewRequest(ReviewDecision.Approve, Version: 7), host.Director, null));

        Assert.Equal(DomainErrorKind.Conflict, refusal.Kind);
        Assert.Equal(StatementState.InReview, (await host.StatementAsync(view.Id)).State);
    }

    [Fact]
    public async Task OnlyAuthorsTheSpokespersonAndTheDirectorWithdrawAndAWithdrawnStatementIsFinal()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var id = await host.SignedOffAsync(StatementAudience.ForSegment(host.NewSegment()));

        var byLead = await host.Services.CallAsync<StatementReviewFunctions>(host.LyonLead.Email, (f, r) => f.Withdraw(r, id));
        var byAuthor = await host.Services.CallAsync<StatementReviewFunctions>(host.PressOfficer.Email, (f, r) => f.Withdraw(r, id), body: new { reason = "Sujet dépassé." });
        var send = await host.Services.CallAsync<StatementSendFunctions>(host.Spokesperson.Email, (f, r) => f.Send(r, id));

        Assert.Equal(403, byLead.Status);
        Assert.Equal("withdrawn", (string?)byAuthor.Json!["state"]);
        Assert.Equal("Sujet dépassé.", (string?)byAuthor.Json["timeline"]!.AsArray().Last()!["text"]);
        Assert.Equal(409, send.Status);
    }

    [Fact]
    public async Task CommentsGoOnTheTimelineGeneralOrOnALineOfAVersion()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var view = await host.InReviewAsync(StatementAudience.ForSegment(host.NewSegment()));

        var general = await host.Services.CallAsync<StatementReviewFunctions>(host.Director.Email, (f, r) => f.Comment(r, view.Id), body: new { text = "Strong opening." });
        var onLine = await host.Services.CallAsync<StatementReviewFunctions>(host.Director.Email, (f, r) => f.Comment(r, view.Id), body: new { text = "Which treaty?", version = 1, line = 7 });

        Assert.Equal(201, general.Status);
        var comments = onLine.Json!["timeline"]!.AsArray().Where(e => (string?)e!["kind"] == "commented").ToList();
        Assert.Equal(2, comments.Count);
        Assert.Null(comments[0]!["line"]);
        Assert.Equal(7, (int?)comments[1]!["line"]);
        Assert.Equal(1, (int?)comments[1]!["version"]);
        Assert.Equal(TestSettings.CommsDirector, (string?)comments[1]!["actor"]);
    }

    [Theory]
    [InlineData("""{ "text": "" }""")]
    [InlineData("""{ "text": "x", "line": 0 }""")]
    [InlineData("""{ "text": "x", "line": 99 }""")]
    [InlineData("""{ "text": "x", "version": 2 }""")]
    [InlineData("""{ "text": "x", "version": 0 }""")]
    [InlineData("""{ "text": 12 }""")]
    [InlineData("")]
    public async Task ABadCommentIsRefusedAndTheTimelineIsUnchanged(string body)
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var view = await host.InReviewAsync(StatementAudience.ForSegment(host.NewSegment()));

        var refused = await host.Services.CallAsync<StatementReviewFunctions>(host.Director.Email, (f, r) => f.Comment(r, view.Id), body: body);

        Assert.Equal(400, refused.Status);
        Assert.Equal(view.Timeline.Count, (await host.Get<StatementTimeline>().ListAsync(view.Id)).Count);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("""{ "decision": "maybe" }""")]
    [InlineData("[1]")]
    public async Task ABadReviewIsRefusedAndChangesNothing(string body)
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var view = await host.InReviewAsync(StatementAudience.ForSegment(host.NewSegment()));

        var refused = await host.Services.CallAsync<StatementReviewFunctions>(host.Director.Email, (f, r) => f.Review(r, view.Id), body: body);

        Assert.Equal(400, refused.Status);
        Assert.Equal(view.ETag, (await host.Get<StatementQueries>().GetAsync(view.Id, host.Director)).ETag);
    }

    [Fact]
    public async Task TheStatementTellsEachMemberWhatTheyMayDo()
    {
        await using var host = await StatementsTestHost.CreateAsync(azurite);
        var view = await host.ApprovedAsync(StatementAudience.ForSegment(host.NewSegment()));
        var queries = host.Get<StatementQueries>();

        JsonArray Actions(StatementView v) => JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(v.Actions, JsonDefaults.Options))!.AsArray();

        Assert.Contains("signOff", Actions(await queries.GetAsync(view.Id, host.Spokesperson)).Select(a => (string?)a));
        Assert.DoesNotContain("signOff", Actions(await queries.GetAsync(view.Id, host.PressOfficer)).Select(a => (string?)a));
        Assert.Contains("withdraw", Actions(await queries.GetAsync(view.Id, host.PressOfficer)).Select(a => (string?)a));
        Assert.DoesNotContain(Actions(await queries.GetAsync(view.Id, host.LyonLead)).Select(a => (string?)a), a => a is "signOff" or "withdraw" or "approve");
        Assert.True(view.CanTestSend);
    }
}
