using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Statements;
using PauseIA.Media.Statements.Consistency;

namespace PauseIA.Media.Functions.Statements;

/// <summary>What differs between the primary text and its translations: of a saved version, and of unsaved texts for the editor.</summary>
public sealed class StatementConsistencyFunctions(StatementConsistency consistency)
{
    [Function("StatementConsistency")]
    [RequireRoles]
    public async Task<IActionResult> Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/statements/{id}/consistency")] HttpRequest request, string id) =>
        new OkObjectResult(await consistency.GetAsync(id, request.QueryInt("version"), request.HttpContext.RequestAborted));

    [Function("StatementCheckConsistency")]
    [RequireRoles]
    public async Task<IActionResult> Check([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/statements/consistency")] HttpRequest request) =>
        new OkObjectResult(consistency.Check(await request.ReadJsonAsync<SaveStatementRequest>()));
}
