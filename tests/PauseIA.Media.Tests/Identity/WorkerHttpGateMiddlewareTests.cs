using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PauseIA.Media.Functions.Email;
using PauseIA.Media.Functions.Health;
using PauseIA.Media.Functions.Http;
using PauseIA.Media.Identity;
using PauseIA.Media.Testing;

namespace PauseIA.Media.Tests.Identity;

/// <summary>The gate in the Azure Functions worker fails closed (issue 9, defect 5): a function it cannot find is reachable by no one.</summary>
public sealed class WorkerHttpGateMiddlewareTests
{
    private static readonly WorkerHttpGateMiddleware Middleware = Create();

    [Theory]
    [InlineData("PauseIA.Media.Functions.Email.NoSuchClass.List")]
    [InlineData("PauseIA.Media.Functions.Email.OutboxFunctions.NoSuchMethod")]
    [InlineData("Some.Other.Assembly.Functions.Run")]
    [InlineData("NoDotAtAll")]
    [InlineData("")]
    public void AFunctionWhoseMethodCannotBeFoundIsRefusedEvenToAnAdmin(string entryPoint)
    {
        var refusal = Assert.IsType<ObjectResult>(Middleware.Authorize(Request(TestSettings.Admin), entryPoint));

        Assert.Equal(StatusCodes.Status403Forbidden, refusal.StatusCode);
    }

    [Fact]
    public void AFunctionItFindsIsCheckedAgainstItsOwnRoles()
    {
        var outbox = $"{typeof(OutboxFunctions).FullName}.{nameof(OutboxFunctions.List)}";

        Assert.Null(Middleware.Authorize(Request(TestSettings.Admin), outbox));
        Assert.Equal(StatusCodes.Status403Forbidden, ((ObjectResult)Middleware.Authorize(Request(TestSettings.LyonLead), outbox)!).StatusCode);
        Assert.Equal(StatusCodes.Status401Unauthorized, ((ObjectResult)Middleware.Authorize(Request(null), outbox)!).StatusCode);
        Assert.Null(Middleware.Authorize(Request(null), $"{typeof(HealthFunction).FullName}.{nameof(HealthFunction.Run)}"));
    }

    private static DefaultHttpContext Request(string? member)
    {
        var context = new DefaultHttpContext();
        if (member is not null)
        {
            context.Request.Headers[ClientPrincipalHeader.Name] = ClientPrincipalHeader.Write("aad", member, member);
        }

        return context;
    }

    private static WorkerHttpGateMiddleware Create()
    {
        var settings = TestSettings.Create("UseDevelopmentStorage=true");
        settings[IdentityOptions.EasyAuthSetting] = "true";
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddIdentity(configuration).BuildServiceProvider();
        return new WorkerHttpGateMiddleware(new HttpFunctionGate(services.GetRequiredService<AccessPolicy>()));
    }
}
