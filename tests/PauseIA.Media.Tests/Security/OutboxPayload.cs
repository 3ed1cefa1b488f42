using System.Text.Json;

namespace PauseIA.Media.Tests.Security;

/// <summary>Reads what the outbox kept of a v3 <c>mail/send</c> request, down to the values that become mail headers.</summary>
internal static class OutboxPayload
{
    /// <summary>Every value of the payload that SendGrid writes into a header: subjects, display names, headers, custom arguments.</summary>
    public static IEnumerable<(string Path, string Value)> HeaderValues(JsonElement payload)
    {
        foreach (var value in Strings(payload, "subject").Concat(Strings(payload, "from", "name")).Concat(Strings(payload, "reply_to", "name")))
        {
            yield return value;
        }

        foreach (var value in Map(payload, "headers").Concat(Map(payload, "custom_args")))
        {
            yield return value;
        }

        if (payload.TryGetProperty("categories", out var categories))
        {
            foreach (var category in categories.EnumerateArray())
            {
                yield return ("categories", category.GetString() ?? "");
            }
        }

        foreach (var personalization in payload.GetProperty("personalizations").EnumerateArray())
        {
            foreach (var value in Strings(personalization, "subject").Concat(Map(personalization, "headers")).Concat(Map(personalization, "custom_args")))
            {
                yield return value;
            }

            foreach (var field in new[] { "to", "cc", "bcc" })
            {
                if (personalization.TryGetProperty(field, out var addresses))
                {
                    foreach (var address in addresses.EnumerateArray())
                    {
                        yield return ($"{field}.email", address.GetProperty("email").GetString() ?? "");
                        if (address.TryGetProperty("name", out var name))
                        {
                            yield return ($"{field}.name", name.GetString() ?? "");
                        }
                    }
                }
            }
        }
    }

    public static void AssertNoLineBreakInHeaders(JsonElement payload)
    {
        foreach (var (path, value) in HeaderValues(payload))
        {
            Assert.False(value.Any(c => c is '\r' or '\n' or '\0'), $"{path} carries a line break: {JsonSerializer.Serialize(value)}");
        }
    }

    private static IEnumerable<(string, string)> Strings(JsonElement element, params string[] path)
    {
        var current = element;
        foreach (var name in path)
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(name, out current))
            {
                yield break;
            }
        }

        if (current.ValueKind == JsonValueKind.String)
        {
            yield return (string.Join('.', path), current.GetString()!);
        }
    }

    private static IEnumerable<(string, string)> Map(JsonElement element, string name) =>
        element.TryGetProperty(name, out var map) && map.ValueKind == JsonValueKind.Object
            ? map.EnumerateObject().SelectMany(p => new[] { ($"{name} name", p.Name), ($"{name}.{p.Name}", p.Value.ToString()) })
            : [];
}
