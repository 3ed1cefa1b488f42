using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Contacts.Export;
using PauseIA.Media.Functions.Http;

namespace PauseIA.Media.Functions.Contacts;

/// <summary>
/// <c>GET /api/contacts/export?delimiter=;</c> (or <c>,</c>), with the list's filters: a CSV download,
/// UTF-8 with BOM, formulas neutralised. Logged in the audit trail.
/// </summary>
public sealed class ContactExportFunction(ContactCsvExporter exporter)
{
    [Function("ContactExport")]
    [PressOffice]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/contacts/export")] HttpRequest request)
    {
        var separator = ContactCsvExporter.SeparatorOf(request.QueryText("delimiter"));
        var export = await exporter.ExportAsync(request.Member(), request.ContactFilter(), separator, request.HttpContext.RequestAborted);
        return export.Content.AsDownload(export.FileName, "text/csv; charset=utf-8");
    }
}
