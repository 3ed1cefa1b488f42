using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PauseIA.Media.Common;
using PauseIA.Media.Statements;

namespace PauseIA.Media.Functions.Statements;

/// <summary>What the statement functions read from a request and add to a response, in one place.</summary>
public static class StatementHttp
{
    /// <summary>Large enough for the biggest Markdown version once JSON-escaped.</summary>
    public const int MaxBodyBytes = 1_000_000;

    /// <summary>The JSON body, or <paramref name="whenEmpty"/> when there is none (null: a body is required).</summary>
    public static async Task<T> ReadJsonAsync<T>(this HttpRequest request, T? whenEmpty = null)
        where T : class
    {
        var body = await request.ReadBytesAsync(MaxBodyBytes);
        if (body.Length == 0)
        {
            return whenEmpty ?? throw DomainException.BadRequest("Corps JSON requis. / A JSON body is required.");
        }

        return JsonSerializer.Deserialize<T>(body, JsonDefaults.Options)
            ?? throw DomainException.BadRequest("Corps JSON requis. / A JSON body is required.");
    }

    /// <summary>The body's bytes exactly as sent, refused (413) beyond <paramref name="maxBytes"/> whether or not a length was announced.</summary>
    public static async Task<byte[]> ReadBytesAsync(this HttpRequest request, int maxBytes)
    {
        if (request.ContentLength > maxBytes)
        {
            throw DomainException.TooLarge("Requête trop volumineuse. / Request body too large.");
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16_384];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw DomainException.TooLarge("Requête trop volumineuse. / Request body too large.");
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    public static string? IfMatch(this HttpRequest request) => request.Headers.IfMatch.ToString() is { Length: > 0 } value ? value : null;

    /// <summary>An optional integer query parameter; anything else is a 400.</summary>
    public static int? QueryInt(this HttpRequest request, string name) =>
        request.Query[name].FirstOrDefault() is not { Length: > 0 } value ? null
        : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? number
        : throw DomainException.BadRequest($"Paramètre {name} invalide : {value}. / Invalid {name} parameter.");

    /// <summary>The statement with its ETag in the header too, for the next <c>If-Match</c>.</summary>
    public static IActionResult WithETag(this HttpRequest request, StatementView view, int status = StatusCodes.Status200OK)
    {
        request.HttpContext.Response.Headers.ETag = view.ETag;
        return new ObjectResult(view) { StatusCode = status };
    }
}
