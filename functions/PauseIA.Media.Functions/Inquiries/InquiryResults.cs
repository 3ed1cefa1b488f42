using Microsoft.AspNetCore.Mvc;
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
}
