using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;
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

    /// <summary>The body as a JSON object, for a merge patch that must tell an absent field from a null one.</summary>
    public static async Task<JsonObject> ReadJsonObjectAsync(this HttpRequest request)
    {
        var bytes = await request.ReadJsonBytesAsync();
        return bytes.Length > 0 && JsonNode.Parse(bytes) is JsonObject body
            ? body
            : throw DomainException.BadRequest("Un objet JSON est attendu. / A JSON object is expected.");
    }

    /// <summary>
    /// The body, or the first file of a multipart form (a browser upload), refused (413) beyond <paramref name="maxBytes"/>.
    /// As with JSON, a body labelled as another format than text is refused rather than guessed at; text/csv, text/plain
    /// and the labels spreadsheets and browsers give .csv files are all taken.
    /// </summary>
    public static async Task<byte[]> ReadFileAsync(this HttpRequest request, int maxBytes)
    {
        if (!request.HasFormContentType)
        {
            if (MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && !IsTextFileLabel(type.MediaType.ToString()))
            {
                throw DomainException.BadRequest($"Un fichier texte (CSV) est attendu, pas {type.MediaType}. / A text (CSV) file is expected.");
            }

            return await request.ReadBytesAsync(maxBytes);
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(request.HttpContext.RequestAborted);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException && !request.HttpContext.RequestAborted.IsCancellationRequested)
        {
            // The form reader says "unexpected end of stream" for a multipart body cut short or never closed: the client's fault.
            throw DomainException.BadRequest($"Formulaire multipart illisible : {ex.Message} / Malformed multipart body.");
        }

        var file = (form.Files.Count > 0 ? form.Files[0] : null) ?? throw DomainException.BadRequest("Aucun fichier dans le formulaire. / No file in the form.");
        await using var stream = file.OpenReadStream();
        return await ReadBoundedAsync(stream, maxBytes, request.HttpContext.RequestAborted);
    }

    /// <summary>
    /// The body as JSON text: bounded, and refused (400) unless it is UTF-8, as RFC 8259 requires. The JSON
    /// reader would otherwise turn invalid bytes into U+FFFD and store the damage as if it had been sent.
    /// </summary>
    private static async Task<byte[]> ReadJsonBytesAsync(this HttpRequest request)
    {
        var body = await request.ReadBytesAsync(MaxJsonBytes);
        return System.Text.Unicode.Utf8.IsValid(body)
            ? body
            : throw DomainException.BadRequest("Corps JSON illisible : UTF-8 invalide. / Invalid UTF-8 in the JSON body.");
    }

    private static bool IsTextFileLabel(string mediaType) =>
        mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
        || mediaType.ToLowerInvariant() is "application/csv" or "application/x-csv" or "application/vnd.ms-excel" or "application/octet-stream";

    /// <summary>The body's bytes exactly as sent, refused (413) beyond <paramref name="maxBytes"/> whether or not a length was announced.</summary>
    public static Task<byte[]> ReadBytesAsync(this HttpRequest request, int maxBytes) =>
        request.ContentLength > maxBytes ? throw TooLarge(maxBytes) : ReadBoundedAsync(request.Body, maxBytes, request.HttpContext.RequestAborted);

    // A stream's bytes, refused (413) beyond maxBytes whether or not a length was announced.
    private static async Task<byte[]> ReadBoundedAsync(Stream body, int maxBytes, CancellationToken cancellationToken)
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
