using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace PauseIA.Media.Functions.Http;

/// <summary>The answers that several functions give the same way: a resource with its version, and a download.</summary>
public static class HttpResultExtensions
{
    /// <summary>
    /// The body, with the resource's version also in the <c>ETag</c> header, which is what the
    /// client sends back as <c>If-Match</c> to edit it.
    /// </summary>
    public static IActionResult WithETag(this HttpRequest request, object body, string? etag, int status = StatusCodes.Status200OK)
    {
        if (etag is not null)
        {
            request.HttpContext.Response.Headers.ETag = etag;
        }

        return new ObjectResult(body) { StatusCode = status };
    }

    /// <summary>
    /// The bytes as a file to save (<c>Content-Disposition: attachment</c>). By default typed
    /// <c>application/octet-stream</c>, so that an HTML or SVG file from a stranger is never rendered
    /// in the console's origin.
    /// </summary>
    public static FileContentResult AsDownload(this byte[] content, string fileName, string contentType = "application/octet-stream") =>
        new(content, contentType) { FileDownloadName = fileName };
}
