using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Contacts;
using PauseIA.Media.Functions.Http;

namespace PauseIA.Media.Functions.Contacts;

/// <summary>
/// Creating and editing contacts. PUT replaces the editable fields, PATCH is a JSON merge patch;
/// both need the version read (<c>If-Match</c>, or <c>etag</c> in the body) and answer the new one.
/// </summary>
public sealed class ContactWriteFunctions(ContactEditor editor)
{
    [Function("ContactCreate")]
    [RequireRoles]
    public async Task<IActionResult> Create(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "api/contacts")] HttpRequest request)
    {
        var input = await request.ReadJsonAsync<ContactInput>();
        var contact = await editor.CreateAsync(request.Member(), input, request.HttpContext.RequestAborted);
        request.HttpContext.Response.Headers.Location = $"/api/contacts/{Uri.EscapeDataString(contact.Email)}";
        return request.WithETag(contact, contact.ETag, StatusCodes.Status201Created);
    }

    [Function("ContactReplace")]
    [RequireRoles]
    public async Task<IActionResult> Replace(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "api/contacts/{email}")] HttpRequest request,
        string email)
    {
        var input = await request.ReadJsonAsync<ContactInput>();
        var contact = await editor.ReplaceAsync(request.Member(), email, input, ExpectedVersion.Require(request.IfMatch(), input.ETag), request.HttpContext.RequestAborted);
        return request.WithETag(contact, contact.ETag);
    }

    [Function("ContactPatch")]
    [RequireRoles]
    public async Task<IActionResult> Patch(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "api/contacts/{email}")] HttpRequest request,
        string email)
    {
        var patch = await request.ReadJsonObjectAsync();
        var bodyETag = patch.FirstOrDefault(p => string.Equals(p.Key, "etag", StringComparison.OrdinalIgnoreCase)).Value is JsonValue value
            && value.TryGetValue<string>(out var text) ? text : null;
        var contact = await editor.PatchAsync(request.Member(), email, patch, ExpectedVersion.Require(request.IfMatch(), bodyETag), request.HttpContext.RequestAborted);
        return request.WithETag(contact, contact.ETag);
    }

    [Function("ContactDelete")]
    [PressOffice]
    public async Task<IActionResult> Delete(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "api/contacts/{email}")] HttpRequest request,
        string email)
    {
        await editor.DeleteAsync(request.Member(), email, ExpectedVersion.Require(request.IfMatch(), null), request.HttpContext.RequestAborted);
        return new NoContentResult();
    }
}
