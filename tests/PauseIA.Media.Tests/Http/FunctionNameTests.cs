using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.Azure.Functions.Worker;

namespace PauseIA.Media.Tests.Http;

/// <summary>
/// Function names are what logs, metrics and the portal show. One convention: the subject, singular,
/// then what the function does (<c>ContactCreate</c>, <c>StatementSignOff</c>, <c>InboundQueue</c>), so
/// that a feature's functions sort together; unique across the app, since a class holds several.
/// </summary>
public sealed partial class FunctionNameTests
{
    [Fact]
    public void EveryNameIsSubjectThenActionInPascalCase() =>
        Assert.All(AppFunctions.All.Select(AppFunctions.NameOf), name =>
        {
            Assert.Matches(PascalCase(), name);
            Assert.False(name.EndsWith("Function", StringComparison.Ordinal) || name.EndsWith("Functions", StringComparison.Ordinal), $"{name}: every function is a function.");
            Assert.False(name.StartsWith("Statements", StringComparison.Ordinal) || name.StartsWith("Contacts", StringComparison.Ordinal) || name.StartsWith("Inquiries", StringComparison.Ordinal), $"{name}: the subject is singular.");
        });

    [Fact]
    public void NoTwoFunctionsShareAName()
    {
        var names = AppFunctions.All.Select(AppFunctions.NameOf).ToList();

        Assert.Equal(names.Count, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.True(names.Count >= 70, $"{names.Count} functions");
    }

    [Fact]
    public void EveryHttpRouteIsUnderApiButTheConsolesCatchAll() =>
        Assert.All(AppFunctions.Http.Where(m => AppFunctions.NameOf(m) != "Console"), function =>
            Assert.StartsWith("api/", function.GetParameters().Select(p => p.GetCustomAttribute<HttpTriggerAttribute>()).OfType<HttpTriggerAttribute>().Single().Route, StringComparison.Ordinal));

    [GeneratedRegex("^[A-Z][a-z]+([A-Z][a-z]*)*$")]
    private static partial Regex PascalCase();
}
