using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Identity;
using PauseIA.Media.Statements;
using PauseIA.Media.Statements.Diffs;

namespace PauseIA.Media.Functions.Statements;

/// <summary>The review: submit, approve or request changes, comment, withdraw, and the diff reviewers read.</summary>
public sealed class StatementReviewFunctions(StatementReviews reviews, StatementDiffs diffs)
{
    [Function("StatementSubmit")]
    [RequireRoles]
    public async Task<IActionResult> Submit([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/statements/{id}/submit")] HttpRequest request, string id)
    {
        var view = await reviews.SubmitAsync(id, request.Member(), request.IfMatch(), request.HttpContext.RequestAborted);
        return request.WithETag(view, view.ETag);
    }

    [Function("StatementReview")]
    [RequireRoles(TeamRole.CommsDirector)]
    public async Task<IActionResult> Review([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/statements/{id}/review")] HttpRequest request, string id)
    {
        var view = await reviews.ReviewAsync(id, await request.ReadJsonAsync<ReviewRequest>(), request.Member(), request.IfMatch(), request.HttpContext.RequestAborted);
        return request.WithETag(view, view.ETag);
    }

    [Function("StatementComment")]
    [RequireRoles]
    public async Task<IActionResult> Comment([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/statements/{id}/comments")] HttpRequest request, string id)
    {
        var view = await reviews.CommentAsync(id, await request.ReadJsonAsync<CommentRequest>(), request.Member(), request.HttpContext.RequestAborted);
        return request.WithETag(view, view.ETag, StatusCodes.Status201Created);
    }

    [Function("StatementWithdraw")]
    [RequireRoles]
    public async Task<IActionResult> Withdraw([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/statements/{id}/withdraw")] HttpRequest request, string id)
    {
        var view = await reviews.WithdrawAsync(id, await request.ReadJsonAsync(new WithdrawRequest()), request.Member(), request.IfMatch(), request.HttpContext.RequestAborted);
        return request.WithETag(view, view.ETag);
    }

    [Function("StatementDiff")]
    [RequireRoles]
    public async Task<IActionResult> Diff([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/statements/{id}/diff")] HttpRequest request, string id) =>
        new OkObjectResult(await diffs.DiffAsync(
            id, request.QueryInt("from"), request.QueryInt("to"), request.QueryText("since"), request.Member(), request.QueryText("language"), request.HttpContext.RequestAborted));
}
