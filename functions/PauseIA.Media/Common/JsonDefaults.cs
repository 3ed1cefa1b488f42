using System.Text.Json;
using System.Text.Json.Serialization;

namespace PauseIA.Media.Common;

/// <summary>The one JSON shape of the API and of stored documents: camelCase, enums as camelCase strings.</summary>
public static class JsonDefaults
{
    public static JsonSerializerOptions Options { get; } = Create();

    public static void Apply(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.PropertyNameCaseInsensitive = true;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        // Names only: an integer would let any value in, including ones the enum does not define (lawfulBasis: 7).
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase, allowIntegerValues: false));
    }

    private static JsonSerializerOptions Create()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        Apply(options);
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
