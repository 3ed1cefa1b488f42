using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Contacts;
using PauseIA.Media.Functions.Http;

namespace PauseIA.Media.Functions.Contacts;

/// <summary>Searching the list: a page of contacts, and the counts behind the console's filter menus. Local leads see their cities only.</summary>
public sealed class ContactListFunctions(ContactDirectory directory)
{
    [Function("ContactList")]
    [RequireRoles]
    public async Task<IActionResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/contacts")] HttpRequest request)
    {
        var page = await directory.ListAsync(
            request.Member(),
            request.ContactFilter(),
            request.QueryInt("limit"),
            request.QueryText("continuation"),
            request.HttpContext.RequestAborted);
        return new OkObjectResult(page);
    }

    [Function("ContactFacets")]
    [RequireRoles]
    public async Task<IActionResult> Facets(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/contacts/facets")] HttpRequest request) =>
        new OkObjectResult(await directory.FacetsAsync(request.Member(), request.HttpContext.RequestAborted));
}
