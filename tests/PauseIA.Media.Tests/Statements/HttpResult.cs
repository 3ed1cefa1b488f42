using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PauseIA.Media.Common;

namespace PauseIA.Media.Tests.Statements;

/// <summary>What a function answered: status, body as the API serializes it, and headers.</summary>
public sealed record HttpResult(int Status, JsonNode? Json, string? Content, IHeaderDictionary Headers)
{
    public string? DownloadName { get; init; }

    public string? Error => (string?)Json?["error"];

    public static HttpResult From(IActionResult result, HttpContext context) => result switch
    {
        FileContentResult file => new HttpResult(200, null, System.Text.Encoding.UTF8.GetString(file.FileContents), context.Response.Headers) { DownloadName = file.FileDownloadName },
        ContentResult content => new HttpResult(content.StatusCode ?? 200, null, content.Content, context.Response.Headers),
        ObjectResult obj => new HttpResult(
            obj.StatusCode ?? 200,
            JsonNode.Parse(JsonSerializer.Serialize(obj.Value, obj.Value?.GetType() ?? typeof(object), JsonDefaults.Options)),
            null,
            context.Response.Headers),
        StatusCodeResult status => new HttpResult(status.StatusCode, null, null, context.Response.Headers),
        _ => throw new InvalidOperationException($"Unexpected result {result.GetType().Name}"),
    };
}
