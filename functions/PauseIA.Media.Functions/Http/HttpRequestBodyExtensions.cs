using System.Text.Json;
using Microsoft.AspNetCore.Http;
using PauseIA.Media.Common;

namespace PauseIA.Media.Functions.Http;

/// <summary>Reading request bodies and versions the same way in every function: bounded, and a 4xx rather than a 500 for what a client got wrong.</summary>
public static class HttpRequestBodyExtensions
{
    /// <summary>Large enough for the biggest Markdown statement once JSON-escaped.</summary>
    public const int MaxJsonBytes = 1024 * 1024;

    /// <summary>
    /// The JSON body, or <paramref name="whenEmpty"/> when there is none (null: a body is required).
    /// A body labelled as something else than JSON is refused (400) rather than guessed at.
    /// </summary>
    public static async Task<T> ReadJsonAsync<T>(this HttpRequest request, T? whenEmpty = null)
        where T : class
    {
        if (!string.IsNullOrEmpty(request.ContentType) && !request.HasJsonContentType())
        {
            throw DomainException.BadRequest("Corps JSON attendu (Content-Type: application/json). / A JSON body is required.");
        }

        var body = await request.ReadJsonBytesAsync();
        if (body.Length == 0)
        {
            return whenEmpty ?? throw DomainException.BadRequest("Corps JSON requis. / A JSON body is required.");
        }

        return JsonSerializer.Deserialize<T>(body, JsonDefaults.Options)
            ?? throw DomainException.BadRequest("Corps JSON requis. / A JSON body is required.");
    }

    /// <summary>
    /// The body as JSON text: bounded, and refused (400) unless it is UTF-8, as RFC 8259 requires. The JSON
    /// reader would otherwise turn invalid bytes into U+FFFD and store the damage as if it had been sent.
    /// </summary>
    public static async Task<byte[]> ReadJsonBytesAsync(this HttpRequest request)
    {
        var body = await request.ReadBytesAsync(MaxJsonBytes);
        return System.Text.Unicode.Utf8.IsValid(body)
            ? body
            : throw DomainException.BadRequest("Corps JSON illisible : UTF-8 invalide. / Invalid UTF-8 in the JSON body.");
    }

    /// <summary>The body's bytes exactly as sent, refused (413) beyond <paramref name="maxBytes"/> whether or not a length was announced.</summary>
    public static Task<byte[]> ReadBytesAsync(this HttpRequest request, int maxBytes) =>
        request.ContentLength > maxBytes ? throw TooLarge(maxBytes) : ReadBoundedAsync(request.Body, maxBytes, request.HttpContext.RequestAborted);

    /// <summary>A stream's bytes, refused (413) beyond <paramref name="maxBytes"/>.</summary>
    public static async Task<byte[]> ReadBoundedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81_920];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                throw TooLarge(maxBytes);
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    /// <summary>The version the client read (<c>If-Match</c>), if it sent one.</summary>
    public static string? IfMatch(this HttpRequest request) => request.Headers.IfMatch.ToString() is { Length: > 0 } value ? value : null;

    private static DomainException TooLarge(int maxBytes) =>
        DomainException.TooLarge($"Corps de requête trop gros ({maxBytes / 1024} Kio au plus). / Request body too large.");
}
