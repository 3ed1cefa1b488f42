using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Options;
using PauseIA.Media.Contacts;
using PauseIA.Media.Contacts.Import;
using PauseIA.Media.Functions.Http;

namespace PauseIA.Media.Functions.Contacts;

/// <summary>
/// <c>POST /api/contacts/import</c> with the CSV as the body (<c>text/csv</c>) or as a form's file.
/// Without <c>?commit=true</c> it is a dry run that changes nothing; <c>&amp;expect=</c> the dry run's
/// fingerprint makes the commit refuse a different plan; <c>&amp;overwrite=true</c> lets the file's values win.
/// </summary>
public sealed class ContactImportFunction(ContactImporter importer, IOptions<ContactsOptions> options)
{
    [Function("ContactImport")]
    [PressOffice]
    public async Task<IActionResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/contacts/import")] HttpRequest request)
    {
        var file = await request.ReadFileAsync(options.Value.ImportMaxBytes);
        var report = await importer.ImportAsync(
            request.Member(),
            file,
            commit: request.QueryBool("commit") == true,
            overwrite: request.QueryBool("overwrite") == true,
            expectedFingerprint: request.QueryText("expect"),
            request.HttpContext.RequestAborted);
        return new OkObjectResult(report);
    }
}
