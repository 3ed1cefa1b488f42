using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Net.Http.Headers;
using PauseIA.Media.Common;
using PauseIA.Media.Contacts;
using PauseIA.Media.Functions.Http;

namespace PauseIA.Media.Functions.Contacts;

/// <summary>Reading the contacts API's requests: JSON objects and uploaded files, filters from the query, versions from If-Match.</summary>
public static class ContactRequest
{
    public static async Task<JsonObject> ReadJsonObjectAsync(HttpRequest request)
    {
        var bytes = await request.ReadJsonBytesAsync();
        return bytes.Length > 0 && JsonNode.Parse(bytes) is JsonObject patch
            ? patch
            : throw DomainException.BadRequest("Un objet JSON est attendu. / A JSON object is expected.");
    }

    /// <summary>The body, or the first file of a multipart form (a browser upload), refused beyond <paramref name="max"/> bytes.</summary>
    public static async Task<byte[]> ReadFileAsync(HttpRequest request, int max)
    {
        if (!request.HasFormContentType)
        {
            // As with JSON, a body labelled as another format is refused rather than guessed at; text/csv,
            // text/plain and the labels spreadsheets and browsers give .csv files are all taken.
            if (MediaTypeHeaderValue.TryParse(request.ContentType, out var type) && !IsCsvLabel(type.MediaType.ToString()))
            {
                throw DomainException.BadRequest($"Un fichier CSV est attendu, pas {type.MediaType}. / A CSV file is expected.");
            }

            return await request.ReadBytesAsync(max);
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
        return await HttpRequestBodyExtensions.ReadBoundedAsync(stream, max, request.HttpContext.RequestAborted);
    }

    public static ExpectedVersion Version(HttpRequest request, string? bodyETag) =>
        ExpectedVersion.Require(request.IfMatch(), bodyETag);

    /// <summary>The filter of <c>?q=&amp;beat=&amp;mediaType=&amp;city=&amp;language=&amp;outlet=&amp;owner=&amp;optedOut=&amp;bounced=&amp;reviewDue=</c>; lists repeat or use commas.</summary>
    public static ContactFilter Filter(IQueryCollection query)
    {
        var mediaTypes = new List<MediaType>();
        foreach (var text in Values(query, "mediaType"))
        {
            if (!MediaTypes.TryParse(text, out var type) || type is null)
            {
                throw DomainException.BadRequest($"mediaType inconnu : « {text} » ({MediaTypes.Expected}). / Unknown media type.");
            }

            mediaTypes.Add(type.Value);
        }

        return new ContactFilter
        {
            Text = query["q"].FirstOrDefault(),
            Beats = Values(query, "beat"),
            MediaTypes = mediaTypes,
            Cities = Values(query, "city"),
            Languages = Values(query, "language"),
            Outlets = Values(query, "outlet"),
            Owners = Values(query, "owner"),
            OptedOut = Bool(query, "optedOut"),
            HardBounced = Bool(query, "bounced"),
            ReviewDue = Bool(query, "reviewDue"),
        };
    }

    public static bool? Bool(IQueryCollection query, string name) => query[name].FirstOrDefault()?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "true" or "1" or "yes" or "oui" => true,
        "false" or "0" or "no" or "non" => false,
        var other => throw DomainException.BadRequest($"{name} doit valoir true ou false, pas « {other} ». / {name} must be true or false."),
    };

    public static int? Int(IQueryCollection query, string name) => query[name].FirstOrDefault() switch
    {
        null or "" => null,
        var text when int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value) => value,
        var text => throw DomainException.BadRequest($"{name} doit être un nombre, pas « {text} ». / {name} must be a number."),
    };

    /// <summary>An <see cref="OkObjectResult"/> whose response carries the resource's version as <c>ETag</c>.</summary>
    public static IActionResult WithETag(HttpRequest request, object body, string? etag, int status = StatusCodes.Status200OK)
    {
        if (etag is not null)
        {
            request.HttpContext.Response.Headers.ETag = etag;
        }

        return new ObjectResult(body) { StatusCode = status };
    }

    private static bool IsCsvLabel(string mediaType) =>
        mediaType.StartsWith("text/", StringComparison.OrdinalIgnoreCase)
        || mediaType.ToLowerInvariant() is "application/csv" or "application/x-csv" or "application/vnd.ms-excel" or "application/octet-stream";

    private static List<string> Values(IQueryCollection query, string name) =>
        query[name].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
}
