using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using PauseIA.Media.Common;
using PauseIA.Media.Identity;

namespace PauseIA.Media.Functions.Http;

/// <summary>
/// What stands before and after every HTTP function, in both hosts: the role check from the
/// method's attributes, and the mapping of refusals to 4xx. Kept in one place so that the
/// worker middleware (Azure) and LocalHost cannot drift apart.
/// </summary>
public sealed class HttpFunctionGate(AccessPolicy access)
{
    private const string MemberItem = "PauseIA.Media.Member";

    private static readonly ConcurrentDictionary<MethodInfo, FunctionAccess> Access = new();

    /// <summary>
    /// What <paramref name="function"/> declares, the one reading of its access attributes: public, or the
    /// roles it allows (empty: any member; null: nothing declared, or more than one thing, so no one).
    /// <see cref="Authorize"/> reads it, and tests derive the authorization matrix from it.
    /// </summary>
    public static FunctionAccess Declared(MethodInfo function) => Access.GetOrAdd(function, FunctionAccess.Read);

    /// <summary>Null when the request may go on; otherwise the 401 or 403 to answer.</summary>
    public IActionResult? Authorize(HttpContext context, MethodInfo function)
    {
        var declared = Declared(function);
        var header = context.Request.Headers[ClientPrincipalHeader.Name].ToString();
        if (declared.Public)
        {
            // A public page may still show who is signed in.
            var member = access.CurrentMember(header);
            if (member is not null)
            {
                context.Items[MemberItem] = member;
            }

            return null;
        }

        if (declared.Roles is not { } roles)
        {
            // Fail closed: a function that forgot to declare its roles (or declared two things) is reachable by no one.
            return ErrorResult.Create(StatusCodes.Status403Forbidden, $"{function.Name} declares no roles. / Access not configured.");
        }

        var decision = access.Check(header, roles);
        switch (decision.Outcome)
        {
            case AccessOutcome.Allowed:
                context.Items[MemberItem] = decision.Member;
                return null;
            case AccessOutcome.Unauthenticated:
                return ErrorResult.Create(StatusCodes.Status401Unauthorized, decision.Reason!);
            default:
                return ErrorResult.Create(StatusCodes.Status403Forbidden, decision.Reason!);
        }
    }

    /// <summary>The 4xx for a refusal, or null for a bug (which the host turns into a 500).</summary>
    public static IActionResult? MapException(Exception exception) => exception switch
    {
        DomainException domain => ErrorResult.Create((int)domain.Kind, domain.Message),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => ErrorResult.Create(413, "Requête trop volumineuse. / Request body too large."),
        BadHttpRequestException bad => ErrorResult.Create(bad.StatusCode, bad.Message),
        JsonException json => ErrorResult.Create(400, $"JSON invalide : {json.Message} / Invalid JSON."),
        InvalidDataException data => ErrorResult.Create(400, data.Message),
        _ => null,
    };

    public static TeamMember? Member(HttpContext context) => context.Items.TryGetValue(MemberItem, out var member) ? member as TeamMember : null;

    /// <summary>Headers that every response carries: the console must never run injected script or be framed.</summary>
    public static void ApplySecurityHeaders(HttpResponse response)
    {
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.ContentSecurityPolicy =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' https: data:; " +
            "frame-src 'self' blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
        response.Headers["Referrer-Policy"] = "no-referrer";
        response.Headers.XFrameOptions = "DENY";
    }
}
