using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Common;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Identity;

namespace PauseIA.Media.LocalHost.Tests.Samples;

/// <summary>HTTP functions that exercise LocalHost's routing, binding and result handling.</summary>
public sealed class SampleHttpFunctions
{
    private const string Why = "Sample for LocalHost's own tests.";

    [Function("SampleItem")]
    [PublicEndpoint(Why)]
    public static IActionResult Item([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "samples/items/{id:int}")] HttpRequest request, int id) =>
        new OkObjectResult(new { id });

    [Function("SampleNumber")]
    [PublicEndpoint(Why)]
    public static IActionResult Number([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "samples/numbers/{number}/{day?}")] HttpRequest request, int number, DateOnly? day) =>
        new OkObjectResult(new { number, day });

    [Function("SampleFile")]
    [PublicEndpoint(Why)]
    public static IActionResult File([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "samples/files/{*path}")] HttpRequest request, string? path) =>
        new OkObjectResult(new { path });

    [Function("SampleFileSpecial")]
    [PublicEndpoint(Why)]
    public static IActionResult Special([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "samples/files/special")] HttpRequest request) =>
        new OkObjectResult(new { special = true });

    [Function("SampleEcho")]
    [PublicEndpoint(Why)]
    public static async Task<IActionResult> Echo(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", "put", Route = "samples/echo")] HttpRequest request, FunctionContext context, CancellationToken cancellationToken)
    {
        using var reader = new StreamReader(request.Body);
        var body = await reader.ReadToEndAsync(cancellationToken);
        return new OkObjectResult(new
        {
            body,
            request.Method,
            function = context.FunctionDefinition.Name,
            sameHttpContext = ReferenceEquals(context.GetHttpContext(), request.HttpContext),
            cancellable = cancellationToken.CanBeCanceled,
        });
    }

    [Function("SampleAnyMethod")]
    [PublicEndpoint(Why)]
    public static IActionResult Any([HttpTrigger(AuthorizationLevel.Anonymous, Route = "samples/any")] HttpRequest request) =>
        new OkObjectResult(new { request.Method });

    [Function("SampleDefaultRoute")]
    [PublicEndpoint(Why)]
    public static IActionResult DefaultRoute([HttpTrigger(AuthorizationLevel.Anonymous, "get")] HttpRequest request) =>
        new OkObjectResult(new { route = "default" });

    [Function("SampleConflict")]
    [PublicEndpoint(Why)]
    public static IActionResult Conflict([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "samples/conflict")] HttpRequest request) =>
        throw DomainException.Conflict("Déjà pris. / Already taken.");

    [Function("SampleBug")]
    [PublicEndpoint(Why)]
    public static IActionResult Bug([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "samples/bug")] HttpRequest request)
    {
        request.HttpContext.Response.Headers["X-Half-Done"] = "yes";
        throw new InvalidOperationException("A bug in a sample.");
    }

    [Function("SampleMinimalResult")]
    [PublicEndpoint(Why)]
    public static IResult Minimal([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "samples/minimal")] HttpRequest request) =>
        Results.Text("minimal", "text/plain", statusCode: StatusCodes.Status202Accepted);

    [Function("SampleValueTask")]
    [PublicEndpoint(Why)]
    public static async ValueTask<IActionResult> ValueTaskResult([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "samples/valuetask")] HttpRequest request)
    {
        await Task.Yield();
        return new ContentResult { Content = "from a ValueTask", ContentType = "text/plain", StatusCode = 200 };
    }

    [Function("SampleUpload")]
    [PublicEndpoint(Why)]
    public static async Task<IActionResult> Upload([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "samples/upload")] HttpRequest request)
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer);
        return new OkObjectResult(new { length = buffer.Length });
    }

    [Function("SampleAdminOnly")]
    [RequireRoles(TeamRole.Admin)]
    public static IActionResult AdminOnly([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "samples/admin")] HttpRequest request) =>
        new OkObjectResult(new { request.Member().Email });

    [Function("SampleUndeclared")]
    public static IActionResult Undeclared([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "samples/undeclared")] HttpRequest request) =>
        new OkResult();
}
