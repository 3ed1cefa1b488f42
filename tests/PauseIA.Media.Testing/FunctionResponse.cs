using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Xunit;

namespace PauseIA.Media.Testing;

/// <summary>What a function answered: the result it (or the gate) returned, and the response as it was written.</summary>
public sealed record FunctionResponse(IActionResult Result, int Status, IHeaderDictionary Headers, byte[] Body)
{
    public string Text => Encoding.UTF8.GetString(Body);

    /// <summary>The body as JSON, when the response is JSON.</summary>
    public JsonNode? Json => Body.Length > 0 && Headers.ContentType.ToString().Contains("json", StringComparison.OrdinalIgnoreCase) ? JsonNode.Parse(Body) : null;

    /// <summary>The message of a refusal (<c>{ "error": "…" }</c>).</summary>
    public string? Error => Json is JsonObject body ? (string?)body["error"] : null;

    /// <summary>The object the function returned, before serialization.</summary>
    public T Value<T>() => Assert.IsAssignableFrom<T>(Assert.IsAssignableFrom<ObjectResult>(Result).Value);
}
