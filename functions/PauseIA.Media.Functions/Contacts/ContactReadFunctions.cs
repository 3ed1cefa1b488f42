using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Contacts;
using PauseIA.Media.Functions.Http;

namespace PauseIA.Media.Functions.Contacts;

/// <summary>One contact (with its version in <c>ETag</c>) and its timeline.</summary>
public sealed class ContactReadFunctions(ContactDirectory directory)
{
    [Function("ContactGet")]
    [RequireRoles]
    public async Task<IActionResult> Get(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/contacts/{email}")] HttpRequest request,
        string email)
    {
        var contact = await directory.GetAsync(request.Member(), email, request.HttpContext.RequestAborted);
        return request.WithETag(contact, contact.ETag);
    }

    [Function("ContactTimeline")]
    [RequireRoles]
    public async Task<IActionResult> Timeline(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/contacts/{email}/timeline")] HttpRequest request,
        string email)
    {
        var page = await directory.TimelineAsync(
            request.Member(),
            email,
            request.QueryInt("limit"),
            request.QueryText("continuation"),
            request.HttpContext.RequestAborted);
        return new OkObjectResult(page);
    }
}
