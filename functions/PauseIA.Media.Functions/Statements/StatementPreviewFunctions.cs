using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Statements.Sending;

namespace PauseIA.Media.Functions.Statements;

/// <summary>Previews by the same code as the send: a saved version as it would be sent, and unsaved Markdown for the editor.</summary>
public sealed class StatementPreviewFunctions(StatementPreviews previews)
{
    [Function("StatementPreview")]
    [RequireRoles]
    public async Task<IActionResult> Preview([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/statements/{id}/preview")] HttpRequest request, string id) =>
        new OkObjectResult(await previews.PreviewAsync(id, request.Member(), request.QueryInt("version"), request.QueryText("language"), request.HttpContext.RequestAborted));

    [Function("StatementRender")]
    [RequireRoles]
    public async Task<IActionResult> Render([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/statements/render")] HttpRequest request) =>
        new OkObjectResult(previews.RenderDraft(await request.ReadJsonAsync<RenderDraftRequest>(), request.Member()));
}
