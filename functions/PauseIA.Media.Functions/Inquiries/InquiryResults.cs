using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PauseIA.Media.Common;
using PauseIA.Media.Inquiries.Api;

namespace PauseIA.Media.Functions.Inquiries;

/// <summary>HTTP shapes shared by the inquiry functions.</summary>
public static class InquiryResults
{
    /// <summary>
    /// An attachment as a download only: octet-stream with Content-Disposition attachment, so that
    /// an HTML or SVG file from a stranger is never rendered in the console's origin.
    /// </summary>
    public static FileContentResult Download(AttachmentContent attachment) =>
        new(attachment.Content, "application/octet-stream") { FileDownloadName = attachment.FileName };

    /// <summary>The JSON body, or a 400 (not the 500 that ReadFromJsonAsync's own refusal of a non-JSON content type would be).</summary>
    public static async Task<T> ReadJsonAsync<T>(HttpRequest request)
    {
        if (!request.HasJsonContentType())
        {
            throw DomainException.BadRequest("Corps JSON attendu (Content-Type: application/json). / A JSON body is required.");
        }

        return await request.ReadFromJsonAsync<T>(JsonDefaults.Options, request.HttpContext.RequestAborted)
            ?? throw DomainException.BadRequest("Corps JSON attendu. / A JSON body is required.");
    }
}
