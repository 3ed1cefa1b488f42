using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Common;
using PauseIA.Media.Contacts;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Identity;

namespace PauseIA.Media.Functions.Contacts;

/// <summary>Recording an opt-out someone told us of (any member who sees the contact), and lifting one (an Admin, with a reason).</summary>
public sealed class ContactSuppressionFunctions(ContactSuppressor suppressor)
{
    [Function("ContactOptOut")]
    [RequireRoles]
    public async Task<IActionResult> OptOut(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/contacts/{email}/opt-out")] HttpRequest request,
        string email)
    {
        var body = await request.ReadJsonAsync(new ContactActionRequest());
        var contact = await suppressor.OptOutByMemberAsync(request.Member(), email, body.Reason, request.HttpContext.RequestAborted);
        return request.WithETag(contact, contact.ETag);
    }

    [Function("ContactSuppressionLift")]
    [RequireRoles(TeamRole.Admin)]
    public async Task<IActionResult> Lift(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/contacts/{email}/suppression/lift")] HttpRequest request,
        string email)
    {
        var body = await request.ReadJsonAsync<ContactActionRequest>();
        var kind = body.Kind ?? throw DomainException.BadRequest("kind requis : optedOut ou hardBounce. / kind is required.");
        var contact = await suppressor.LiftAsync(request.Member(), email, kind, body.Reason, request.HttpContext.RequestAborted);
        return request.WithETag(contact, contact.ETag);
    }
}
