using System.Text.Json;
using Microsoft.AspNetCore.Http;
using PauseIA.Media.Common;

namespace PauseIA.Media.Tests.Contacts;

/// <summary>What a function answered: status, the value it returns, and the headers it set.</summary>
internal sealed record FunctionResponse(int Status, object? Value, IHeaderDictionary Headers)
{
    /// <summary>The body as the app writes it.</summary>
    public JsonElement Json => JsonSerializer.SerializeToElement(Value, JsonDefaults.Options);

    public string? Error => Json.ValueKind == JsonValueKind.Object && Json.TryGetProperty("error", out var error) ? error.GetString() : null;
}
