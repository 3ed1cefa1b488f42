using System.Text.Json;
using System.Text.Json.Nodes;

namespace PauseIA.Media.Infra.Tests.Bicep;

/// <summary>Every string value in a JSON tree with its path, to find where an ARM expression is used.</summary>
public static class JsonStrings
{
    public static IEnumerable<(string Path, string Value)> Walk(JsonNode? node, string path = "$")
    {
        switch (node)
        {
            case JsonObject obj:
                foreach (var (name, child) in obj)
                {
                    foreach (var found in Walk(child, $"{path}.{name}"))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    foreach (var found in Walk(array[i], $"{path}[{i}]"))
                    {
                        yield return found;
                    }
                }

                break;
            case JsonValue value when value.GetValueKind() == JsonValueKind.String:
                yield return (path, value.GetValue<string>());
                break;
        }
    }
}
