using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Functions.Http;

namespace PauseIA.Media.Functions.Identity;

/// <summary>The signed-in member as the console needs it: Easy Auth's own <c>/.auth/me</c> knows nothing of our roles.</summary>
public sealed class MeFunction
{
    [Function("Me")]
    [RequireRoles]
    public static IActionResult Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "api/me")] HttpRequest request)
    {
        var member = request.Member();
        return new OkObjectResult(new { member.Email, member.DisplayName, member.Roles, member.Cities, member.Language });
    }
}
