using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Health;

namespace PauseIA.Media.Functions.Health;

public sealed class HealthFunction(HealthService health)
{
    [Function("Health")]
    [PublicEndpoint("Probed by App Service and monitoring without credentials.")]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/health")] HttpRequest request)
    {
        var report = await health.CheckAsync(request.HttpContext.RequestAborted);
        return new ObjectResult(report) { StatusCode = report.Storage ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable };
    }
}
