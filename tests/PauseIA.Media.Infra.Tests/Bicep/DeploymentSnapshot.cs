using System.Text.Json.Nodes;

namespace PauseIA.Media.Infra.Tests.Bicep;

/// <summary>
/// The resources that a deployment would create, as <c>bicep snapshot</c> predicts them: nested
/// modules expanded and parameters applied. Values known only during a deployment (keys, host
/// names, principal ids) remain ARM expressions.
/// </summary>
public sealed class DeploymentSnapshot(string name, JsonObject root)
{
    public string Name => name;

    public JsonArray Diagnostics => root["diagnostics"]?.AsArray() ?? [];

    public IReadOnlyList<JsonObject> Resources { get; } = root["predictedResources"]!.AsArray().Select(r => r!.AsObject()).ToList();

    public JsonObject Outputs => root["outputs"]!.AsObject();

    public IEnumerable<JsonObject> OfType(string type) =>
        Resources.Where(r => string.Equals((string?)r["type"], type, StringComparison.OrdinalIgnoreCase));

    /// <summary>The one resource of <paramref name="type"/> whose name ends with <paramref name="nameSuffix"/>.</summary>
    public JsonObject Single(string type, string nameSuffix = "") =>
        Assert.Single(OfType(type), r => ((string?)r["name"] ?? "").EndsWith(nameSuffix, StringComparison.Ordinal));

    public JsonObject Properties(string type, string nameSuffix = "") => Single(type, nameSuffix)["properties"]!.AsObject();

    public override string ToString() => name;

    public IReadOnlyDictionary<string, string> AppSettings =>
        Properties("Microsoft.Web/sites/config", "/appsettings").ToDictionary(p => p.Key, p => (string)p.Value!);
}
