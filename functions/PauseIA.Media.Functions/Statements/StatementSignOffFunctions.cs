using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Identity;
using PauseIA.Media.Statements;

namespace PauseIA.Media.Functions.Statements;

/// <summary>The spokesperson's sign-off, and the recipient manifest it freezes.</summary>
public sealed class StatementSignOffFunctions(StatementSignOffs signOffs)
{
    [Function("StatementSignOff")]
    [RequireRoles(TeamRole.Spokesperson)]
    public async Task<IActionResult> SignOff([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/statements/{id}/signoff")] HttpRequest request, string id) =>
        new OkObjectResult(await signOffs.SignOffAsync(id, await request.ReadJsonAsync(new SignOffRequest()), request.Member(), request.IfMatch(), request.HttpContext.RequestAborted));

    [Function("StatementManifest")]
    [RequireRoles]
    public async Task<IActionResult> Manifest([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/statements/{id}/manifest")] HttpRequest request, string id) =>
        new OkObjectResult(await signOffs.ManifestAsync(id, request.HttpContext.RequestAborted));
}
