using System.Reflection;
using Microsoft.AspNetCore.Routing.Patterns;
using PauseIA.Media.LocalHost.Functions;
using PauseIA.Media.LocalHost.Http;
using PauseIA.Media.LocalHost.Tests.Samples;

namespace PauseIA.Media.LocalHost.Tests.Functions;

public sealed class FunctionCatalogTests
{
    [Fact]
    public void PublicFunctionsAreFoundWithTheirTriggersAndInternalOnesAreNot()
    {
        var catalog = FunctionCatalog.Discover([SampleHost.Functions]);

        var item = Assert.Single(catalog.Functions, f => f.Name == "SampleItem");
        var queue = Assert.Single(catalog.Functions, f => f.Name == "SampleQueueFromSetting");
        var timer = Assert.Single(catalog.Functions, f => f.Name == "SampleTimerStartup");
        Assert.Equal(["GET"], Assert.IsType<HttpFunctionTrigger>(item.Trigger).Methods);
        Assert.Equal("samples/items/{id:int}", ((HttpFunctionTrigger)item.Trigger).Route);
        Assert.Equal("%Samples:QueueName%", Assert.IsType<QueueFunctionTrigger>(queue.Trigger).QueueName);
        Assert.True(Assert.IsType<TimerFunctionTrigger>(timer.Trigger).RunOnStartup);
        Assert.DoesNotContain(catalog.Functions, f => f.Method.DeclaringType!.DeclaringType == typeof(InvalidFunctions));
    }

    [Theory]
    [InlineData(typeof(InvalidFunctions.BadRoute), "not a valid route template")]
    [InlineData(typeof(InvalidFunctions.UnboundParameter), "parameter 'name'")]
    [InlineData(typeof(InvalidFunctions.StringResult), "returns String")]
    [InlineData(typeof(InvalidFunctions.RequestData), "LocalHost binds HttpRequest")]
    [InlineData(typeof(InvalidFunctions.QueueReturnsValue), "output bindings")]
    [InlineData(typeof(InvalidFunctions.QueueUnknownParameter), "parameter 'customer'")]
    [InlineData(typeof(InvalidFunctions.OtherConnection), "connection 'OtherStorage' is not supported")]
    [InlineData(typeof(InvalidFunctions.TimerWithoutTimerInfo), "not TimerInfo")]
    [InlineData(typeof(InvalidFunctions.NoTrigger), "no trigger")]
    [InlineData(typeof(InvalidFunctions.TwoTriggers), "more than one trigger")]
    [InlineData(typeof(InvalidFunctions.UnknownTrigger), "SampleTriggerAttribute")]
    [InlineData(typeof(InvalidFunctions.OutputBinding), "output binding")]
    [InlineData(typeof(InvalidFunctions.BadName), "must start with a letter")]
    public void AFunctionLocalHostCannotRunStopsTheStartNamingIt(Type type, string why)
    {
        var error = Assert.Throws<LocalHostConfigurationException>(() => FunctionCatalog.Discover([type]));

        Assert.Contains(type.Name == "BadName" ? "1-starts-with-a-digit" : type.Name, error.Message, StringComparison.Ordinal);
        Assert.Contains(why, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwoFunctionsWithOneNameStopTheStart()
    {
        var error = Assert.Throws<LocalHostConfigurationException>(() =>
            FunctionCatalog.Discover([typeof(InvalidFunctions.DuplicateA), typeof(InvalidFunctions.DuplicateB)]));

        Assert.Contains("'Duplicate'", error.Message, StringComparison.Ordinal);
        Assert.Contains("DuplicateB", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheTriggerParameterIsKnownByItsPositionWhicheverReflectionObjectNamesIt()
    {
        // Two hosts discovering the same method at once may each get their own ParameterInfo for one parameter.
        var method = typeof(SampleHttpFunctions).GetMethod(nameof(SampleHttpFunctions.Item))!;
        var trigger = new HttpFunctionTrigger(new ParameterCopy(method.GetParameters()[0]), ["GET"], "samples/items/{id:int}");
        var function = new LocalFunction("SampleItem", method, trigger);

        Assert.Null(HttpArguments.Check(function, trigger, RoutePatternFactory.Parse(trigger.Route)));
        Assert.True(trigger.IsTriggerParameter(method.GetParameters()[0]));
        Assert.False(trigger.IsTriggerParameter(method.GetParameters()[1]));
    }

    private sealed class ParameterCopy : ParameterInfo
    {
        public ParameterCopy(ParameterInfo original)
        {
            ClassImpl = original.ParameterType;
            NameImpl = original.Name;
            PositionImpl = original.Position;
            MemberImpl = original.Member;
        }
    }
}
