using System.Reflection;
using System.Text.Json;
using PauseIA.Media.LocalHost.Functions;
using PauseIA.Media.LocalHost.Storage;

namespace PauseIA.Media.LocalHost.Tests.Functions;

/// <summary>Holds LocalHost to the real host: it must find the functions the Worker SDK indexed at build time, no more, no less.</summary>
public sealed class FunctionMetadataTests
{
    [Fact]
    public void LocalHostFindsExactlyTheFunctionsOfTheWorkerSdksMetadata()
    {
        var expected = WorkerMetadata().Select(Describe).Order(StringComparer.Ordinal).ToList();

        var actual = FunctionCatalog.Discover([LocalFunctionHostSetup.FunctionApp]).Functions.Select(Describe).Order(StringComparer.Ordinal).ToList();

        Assert.NotEmpty(expected);
        Assert.Equal(expected, actual);
    }

    private static List<JsonElement> WorkerMetadata()
    {
        // Built beside this test project, in the same configuration and target framework.
        var configuration = typeof(FunctionMetadataTests).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()!.Configuration;
        var framework = new DirectoryInfo(AppContext.BaseDirectory).Name;
        var path = Path.Combine(RepositoryRoot.Find(), "functions", "PauseIA.Media.Functions", "bin", configuration, framework, "functions.metadata");
        Assert.True(File.Exists(path), $"No functions.metadata at {path}: build PauseIA.Media.Functions first.");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }

    private static string Describe(JsonElement function)
    {
        var name = function.GetProperty("name").GetString()!;
        var trigger = function.GetProperty("bindings").EnumerateArray()
            .Single(b => b.GetProperty("direction").GetString() == "In" && b.GetProperty("type").GetString()!.EndsWith("Trigger", StringComparison.Ordinal));
        var details = trigger.GetProperty("type").GetString() switch
        {
            "httpTrigger" => $"http {Methods(trigger)} {(trigger.TryGetProperty("route", out var route) && route.GetString() is { Length: > 0 } r ? r : name)}",
            "queueTrigger" => $"queue {trigger.GetProperty("queueName").GetString()} {Text(trigger, "connection")}",
            "timerTrigger" => $"timer {trigger.GetProperty("schedule").GetString()} {Flag(trigger, "runOnStartup", false)} {Flag(trigger, "useMonitor", true)}",
            var other => other!,
        };
        return $"{name} {function.GetProperty("entryPoint").GetString()} {details}";
    }

    private static string Describe(LocalFunction function) => $"{function.Name} {function.EntryPoint} " + function.Trigger switch
    {
        HttpFunctionTrigger http => $"http {(http.Methods is null ? "*" : string.Join(",", http.Methods.Select(m => m.ToLowerInvariant()).Order(StringComparer.Ordinal)))} {http.Route}",
        QueueFunctionTrigger queue => $"queue {queue.QueueName} {queue.Connection ?? ""}",
        TimerFunctionTrigger timer => $"timer {timer.Schedule} {timer.RunOnStartup} {timer.UseMonitor}",
        _ => "unknown",
    };

    private static string Methods(JsonElement trigger) =>
        trigger.TryGetProperty("methods", out var methods) && methods.ValueKind == JsonValueKind.Array
            ? string.Join(",", methods.EnumerateArray().Select(m => m.GetString()!.ToLowerInvariant()).Order(StringComparer.Ordinal))
            : "*";

    private static string Text(JsonElement binding, string property) =>
        binding.TryGetProperty(property, out var value) ? value.GetString() ?? "" : "";

    private static bool Flag(JsonElement binding, string property, bool fallback) =>
        binding.TryGetProperty(property, out var value) ? value.GetBoolean() : fallback;
}
