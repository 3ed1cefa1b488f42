using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Statements;

namespace PauseIA.Media.Functions.Statements;

/// <summary>Statements and their versions: create, save a new version, list, read.</summary>
public sealed class StatementDraftFunctions(StatementDrafts drafts, StatementQueries queries)
{
    [Function("StatementCreate")]
    [RequireRoles]
    public async Task<IActionResult> Create([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/statements")] HttpRequest request)
    {
        var view = await drafts.CreateAsync(await request.ReadJsonAsync<SaveStatementRequest>(), request.Member(), request.HttpContext.RequestAborted);
        request.HttpContext.Response.Headers.Location = $"/api/statements/{view.Id}";
        return request.WithETag(view, view.ETag, StatusCodes.Status201Created);
    }

    [Function("StatementRevise")]
    [RequireRoles]
    public async Task<IActionResult> Revise([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/statements/{id}")] HttpRequest request, string id)
    {
        var view = await drafts.ReviseAsync(id, await request.ReadJsonAsync<SaveStatementRequest>(), request.IfMatch(), request.Member(), request.HttpContext.RequestAborted);
        return request.WithETag(view, view.ETag);
    }

    [Function("StatementList")]
    [RequireRoles]
    public async Task<IActionResult> List([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/statements")] HttpRequest request) =>
        new OkObjectResult(await queries.ListAsync(request.QueryText("state"), request.HttpContext.RequestAborted));

    [Function("StatementGet")]
    [RequireRoles]
    public async Task<IActionResult> Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/statements/{id}")] HttpRequest request, string id)
    {
        var view = await queries.GetAsync(id, request.Member(), request.HttpContext.RequestAborted);
        return request.WithETag(view, view.ETag);
    }

    [Function("StatementVersion")]
    [RequireRoles]
    public async Task<IActionResult> Version(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/statements/{id}/versions/{number:int}")] HttpRequest request, string id, int number) =>
        new OkObjectResult(await queries.GetVersionAsync(id, number, request.QueryText("language"), request.HttpContext.RequestAborted));
}
