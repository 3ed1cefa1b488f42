using System.Globalization;
using Microsoft.AspNetCore.Http;
using PauseIA.Media.Common;

namespace PauseIA.Media.Functions.Http;

/// <summary>
/// Reading query parameters the same way in every function: absent and empty mean "not given",
/// and a value that is not what the parameter takes is a 400 naming it. Values that mean something
/// in a feature (a status, a media type) are read as text here and parsed by that feature.
/// </summary>
public static class HttpRequestQueryExtensions
{
    /// <summary>The parameter's first value, or null when it is absent or empty.</summary>
    public static string? QueryText(this HttpRequest request, string name) =>
        request.Query[name].FirstOrDefault() is { Length: > 0 } value ? value : null;

    /// <summary>
    /// A yes/no filter: <c>true</c>, <c>1</c>, <c>yes</c> or <c>oui</c>; <c>false</c>, <c>0</c>, <c>no</c> or
    /// <c>non</c> (any case). French is accepted because people type these links by hand in the console's language.
    /// </summary>
    public static bool? QueryBool(this HttpRequest request, string name) => request.QueryText(name)?.Trim().ToLowerInvariant() switch
    {
        null or "" => null,
        "true" or "1" or "yes" or "oui" => true,
        "false" or "0" or "no" or "non" => false,
        var other => throw DomainException.BadRequest($"{name} doit valoir true ou false, pas « {other} ». / {name} must be true or false."),
    };

    /// <summary>A whole number written with digits only (no sign, no spaces).</summary>
    public static int? QueryInt(this HttpRequest request, string name) => request.QueryText(name) switch
    {
        null => null,
        var text when int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) => value,
        var text => throw DomainException.BadRequest($"{name} doit être un nombre, pas « {text} ». / {name} must be a number."),
    };

    /// <summary>A list, given by repeating the parameter or separating values with commas; blanks are dropped.</summary>
    public static IReadOnlyList<string> QueryList(this HttpRequest request, string name) =>
        request.Query[name].SelectMany(v => (v ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
}
