using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Identity;
using PauseIA.Media.Inquiries.Routing;

namespace PauseIA.Media.Functions.Inquiries;

/// <summary>The routing rules: read by the press team, edited by an Admin (send back the version read, as If-Match or <c>version</c>).</summary>
public sealed class RoutingRulesFunctions(RoutingRulesStore rules)
{
    [Function("RoutingRulesGet")]
    [PressOffice]
    public async Task<IActionResult> Get([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/routing/rules")] HttpRequest request) =>
        new OkObjectResult(await rules.GetAsync(fresh: true, request.HttpContext.RequestAborted));

    [Function("RoutingRulesPut")]
    [RequireRoles(TeamRole.Admin)]
    public async Task<IActionResult> Put([HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/routing/rules")] HttpRequest request)
    {
        var body = await request.ReadJsonAsync<RoutingRulesUpdate>();
        var version = request.IfMatch() ?? body.Version;
        return new OkObjectResult(await rules.SaveAsync(body.Rules, version, request.Member().Email, request.HttpContext.RequestAborted));
    }
}
