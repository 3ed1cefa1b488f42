using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Common;
using PauseIA.Media.Contacts.Export;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Identity;

namespace PauseIA.Media.Functions.Contacts;

/// <summary>
/// <c>GET /api/contacts/export?delimiter=;</c> (or <c>,</c>), with the list's filters: a CSV download,
/// UTF-8 with BOM, formulas neutralised. Logged in the audit trail.
/// </summary>
public sealed class ContactExportFunction(ContactCsvExporter exporter)
{
    [Function("ContactExport")]
    [RequireRoles(TeamRole.Spokesperson, TeamRole.PressOfficer, TeamRole.CommsDirector, TeamRole.Admin)]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/contacts/export")] HttpRequest request)
    {
        var separator = request.Query["delimiter"].FirstOrDefault() switch
        {
            null or "" or ";" or "semicolon" => ';',
            "," or "comma" => ',',
            var other => throw DomainException.BadRequest($"delimiter : « ; » ou « , », pas « {other} ». / delimiter must be ; or ,."),
        };
        var export = await exporter.ExportAsync(request.Member(), ContactRequest.Filter(request.Query), separator, request.HttpContext.RequestAborted);
        return new FileContentResult(export.Content, "text/csv; charset=utf-8") { FileDownloadName = export.FileName };
    }
}
