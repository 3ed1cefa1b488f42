using Microsoft.AspNetCore.Http;
using PauseIA.Media.Identity;

namespace PauseIA.Media.Functions.Http;

public static class HttpRequestMemberExtensions
{
    /// <summary>The member the gate let through; only call it from a function with <see cref="RequireRolesAttribute"/>.</summary>
    public static TeamMember Member(this HttpRequest request) =>
        HttpFunctionGate.Member(request.HttpContext) ?? throw new InvalidOperationException("No signed-in member: the function lacks [RequireRoles].");

    /// <summary>The signed-in member, if any, for public pages.</summary>
    public static TeamMember? MemberOrNull(this HttpRequest request) => HttpFunctionGate.Member(request.HttpContext);
}
