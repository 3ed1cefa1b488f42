namespace PauseIA.Media.Common;

/// <summary>An enum value as a client writes it in a query: its name, in any case. A number is not a name, so <c>1</c> or <c>99</c> never slips through.</summary>
public static class EnumNames
{
    /// <summary>Null for a blank value; otherwise the value named, or a 400 with <paramref name="error"/>.</summary>
    public static T? Parse<T>(string? text, string error)
        where T : struct, Enum =>
        string.IsNullOrWhiteSpace(text) ? null
        : text.Trim().All(char.IsAsciiLetter) && Enum.TryParse<T>(text.Trim(), ignoreCase: true, out var value) ? value
        : throw DomainException.BadRequest(error);
}
