using System.Reflection;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Functions.Contacts;
using PauseIA.Media.Functions.Health;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Identity;

namespace PauseIA.Media.Tests.Http;

public sealed class FunctionAccessTests
{
    public static TheoryData<string> HttpFunctions()
    {
        var data = new TheoryData<string>();
        foreach (var method in AppFunctions.Http)
        {
            data.Add(AppFunctions.NameOf(method));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HttpFunctions))]
    public void EveryHttpFunctionDeclaresWhoMayCallItOnce(string name)
    {
        var access = FunctionAccess.Of(AppFunctions.Find(name));

        Assert.True(access.IsDeclared, $"{name} must carry [PublicEndpoint] or one role attribute.");
    }

    [Fact]
    public void ARoleSetAttributeIsReadAsTheRolesItNames()
    {
        var export = FunctionAccess.Of(typeof(ContactExportFunction).GetMethod(nameof(ContactExportFunction.Run))!);
        var health = FunctionAccess.Of(typeof(HealthFunction).GetMethod(nameof(HealthFunction.Run))!);

        Assert.Equal(TeamRoles.PressOffice, export.Roles);
        Assert.DoesNotContain(TeamRole.LocalLead, export.Roles!);
        Assert.True(health.IsPublic);
        Assert.Null(health.Roles);
    }

    [Theory]
    [InlineData(nameof(Undeclared.Nothing))]
    [InlineData(nameof(Undeclared.TwoRoleSets))]
    [InlineData(nameof(Undeclared.PublicAndRoles))]
    public void AFunctionThatDeclaresNothingOrTwoThingsIsCallableByNobody(string method)
    {
        var access = FunctionAccess.Of(typeof(Undeclared).GetMethod(method)!);

        Assert.False(access.IsDeclared);
        Assert.False(access.IsPublic);
        Assert.Null(access.Roles);
    }

    private static class Undeclared
    {
        public static void Nothing([HttpTrigger(AuthorizationLevel.Anonymous, "get")] HttpRequest request) => _ = request;

        [PressOffice]
        [RequireRoles(TeamRole.Admin)]
        public static void TwoRoleSets([HttpTrigger(AuthorizationLevel.Anonymous, "get")] HttpRequest request) => _ = request;

        [PublicEndpoint("test")]
        [RequireRoles]
        public static void PublicAndRoles([HttpTrigger(AuthorizationLevel.Anonymous, "get")] HttpRequest request) => _ = request;
    }
}
