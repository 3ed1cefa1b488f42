using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Contacts;
using PauseIA.Media.Contacts.Privacy;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Identity;

namespace PauseIA.Media.Functions.Contacts;

/// <summary>GDPR: the access export, erasure, keeping a contact that retention flagged, and the audit log.</summary>
public sealed class ContactPrivacyFunctions(PersonalDataExporter exporter, ContactEraser eraser, ContactEditor editor, ContactAuditLog audit)
{
    [Function("ContactPersonalData")]
    [PressOffice]
    public async Task<IActionResult> Data(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/contacts/{email}/data")] HttpRequest request,
        string email) =>
        new OkObjectResult(await exporter.ExportAsync(request.Member(), email, request.HttpContext.RequestAborted));

    [Function("ContactErase")]
    [PressOffice]
    public async Task<IActionResult> Erase(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/contacts/{email}/erase")] HttpRequest request,
        string email)
    {
        var body = await request.ReadJsonAsync(new ContactActionRequest());
        return new OkObjectResult(await eraser.EraseAsync(request.Member(), email, body.Reason, request.HttpContext.RequestAborted));
    }

    [Function("ContactKeep")]
    [RequireRoles]
    public async Task<IActionResult> Keep(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/contacts/{email}/keep")] HttpRequest request,
        string email)
    {
        var contact = await editor.KeepAsync(request.Member(), email, request.HttpContext.RequestAborted);
        return request.WithETag(contact, contact.ETag);
    }

    [Function("ContactAudit")]
    [RequireRoles(TeamRole.Spokesperson, TeamRole.Admin)]
    public async Task<IActionResult> Audit(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/contacts/audit")] HttpRequest request)
    {
        var email = request.QueryText("email");
        var entries = await audit.ListAsync(
            request.QueryText("month"),
            string.IsNullOrWhiteSpace(email) ? null : ContactEmail.Normalize(email),
            cancellationToken: request.HttpContext.RequestAborted);
        return new OkObjectResult(entries);
    }
}
