using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using PauseIA.Media.Functions.Contacts;
using PauseIA.Media.Functions.Health;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Identity;

namespace PauseIA.Media.Tests.Http;

/// <summary>How the gate reads an HTTP function's access attributes (every function declaring one is held by CodeConsistencyTests and the authorization matrix).</summary>
public sealed class FunctionAccessTests
{
    [Fact]
    public void ARoleSetAttributeIsReadAsTheRolesItNames()
    {
        var export = HttpFunctionGate.Declared(typeof(ContactExportFunction).GetMethod(nameof(ContactExportFunction.Run))!);
        var health = HttpFunctionGate.Declared(typeof(HealthFunction).GetMethod(nameof(HealthFunction.Run))!);

        Assert.Equal(TeamRoles.PressOffice, export.Roles);
        Assert.DoesNotContain(TeamRole.LocalLead, export.Roles!);
        Assert.True(health.Public);
        Assert.Null(health.Roles);
    }

    [Theory]
    [InlineData(nameof(Undeclared.Nothing))]
    [InlineData(nameof(Undeclared.TwoRoleSets))]
    [InlineData(nameof(Undeclared.PublicAndRoles))]
    public void AFunctionThatDeclaresNothingOrTwoThingsIsCallableByNobody(string method)
    {
        var access = HttpFunctionGate.Declared(typeof(Undeclared).GetMethod(method)!);

        Assert.False(access.IsDeclared);
        Assert.False(access.Public);
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
